#include "core/TierProgress.h"

#include "core/IsoTime.h"

namespace loyalty {

namespace {
QJsonObject goalJson(const TierProgress::Goal &goal)
{
    return {{QStringLiteral("metric"), goal.metric},
            {QStringLiteral("current"), goal.current},
            {QStringLiteral("target"), goal.target},
            {QStringLiteral("remaining"), goal.remaining()}};
}

TierProgress::Goal goalFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("metric")).toString(),
            object.value(QStringLiteral("current")).toInteger(),
            object.value(QStringLiteral("target")).toInteger()};
}
} // namespace

QJsonObject TierProgress::toJson() const
{
    QJsonObject object;
    if (nextTier) {
        QJsonObject next = goalJson(toNext);
        next.insert(QStringLiteral("tier"), nextTier->toJson());
        object.insert(QStringLiteral("next"), next);
    } else {
        object.insert(QStringLiteral("next"), QJsonValue::Null);
    }
    if (retainApplies) {
        QJsonObject retain = goalJson(toRetain);
        retain.insert(QStringLiteral("by"), toIsoTime(retainBy));
        object.insert(QStringLiteral("retain"), retain);
    } else {
        object.insert(QStringLiteral("retain"), QJsonValue::Null);
    }
    return object;
}

TierProgress TierProgress::fromJson(const QJsonObject &object)
{
    TierProgress progress;
    const QJsonValue next = object.value(QStringLiteral("next"));
    if (next.isObject()) {
        progress.nextTier = TierRef::fromJson(next.toObject().value(QStringLiteral("tier")).toObject());
        progress.toNext = goalFrom(next.toObject());
    }
    const QJsonValue retain = object.value(QStringLiteral("retain"));
    if (retain.isObject()) {
        progress.retainApplies = true;
        progress.toRetain = goalFrom(retain.toObject());
        progress.retainBy = fromIsoTime(retain.toObject().value(QStringLiteral("by")).toString());
    }
    return progress;
}

} // namespace loyalty
