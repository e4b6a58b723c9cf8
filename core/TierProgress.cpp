#include "core/TierProgress.h"

#include "core/IsoTime.h"

#include <algorithm>
#include <cmath>

namespace loyalty {

namespace {
TierProgress::Goal conditionGoal(const TierRule::Condition &condition, const MemberMetrics &metrics)
{
    return {tierMetricToString(condition.metric), metrics.value(condition.metric), condition.needed()};
}

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

TierProgress::Goal TierProgress::Goal::forRule(const TierRule &rule, const MemberMetrics &metrics)
{
    if (rule.kind == TierRule::Kind::Weighted) {
        Goal goal{QStringLiteral("score"), qint64(std::floor(rule.score(metrics))),
                  qint64(std::ceil(rule.threshold))};
        if (rule.holds(metrics))
            goal.current = std::max(goal.current, goal.target); // a fraction above a fractional bar
        return goal;
    }
    if (const std::optional<TierRule::Condition> gap = rule.closestGap(metrics))
        return conditionGoal(*gap, metrics);
    for (const TierRule::Condition &condition : rule.conditions) {
        if (condition.holds(metrics))
            return conditionGoal(condition, metrics);
    }
    return rule.conditions.isEmpty() ? Goal{} : conditionGoal(rule.conditions.constFirst(), metrics);
}

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
