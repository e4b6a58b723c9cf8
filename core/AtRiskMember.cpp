#include "core/AtRiskMember.h"

#include "core/IsoTime.h"

namespace loyalty {

QJsonObject AtRiskMember::toJson() const
{
    QJsonValue goal;
    if (retain)
        goal = QJsonObject{{QStringLiteral("metric"), retain->metric},
                           {QStringLiteral("current"), retain->current},
                           {QStringLiteral("target"), retain->target},
                           {QStringLiteral("remaining"), retain->remaining()}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("memberNo"), memberNo},
            {QStringLiteral("name"), name},
            {QStringLiteral("tier"), tier.toJson()},
            {QStringLiteral("tierUntil"), toIsoTime(tierUntil)},
            {QStringLiteral("atRiskSince"), toIsoTime(atRiskSince)},
            {QStringLiteral("retain"), goal}};
}

AtRiskMember AtRiskMember::fromJson(const QJsonObject &object)
{
    AtRiskMember member;
    member.id = object.value(QStringLiteral("id")).toInteger();
    member.memberNo = object.value(QStringLiteral("memberNo")).toString();
    member.name = object.value(QStringLiteral("name")).toString();
    member.tier = TierRef::fromJson(object.value(QStringLiteral("tier")).toObject());
    member.tierUntil = fromIsoTime(object.value(QStringLiteral("tierUntil")).toString());
    member.atRiskSince = fromIsoTime(object.value(QStringLiteral("atRiskSince")).toString());
    const QJsonValue goal = object.value(QStringLiteral("retain"));
    if (goal.isObject()) {
        const QJsonObject retain = goal.toObject();
        member.retain = TierProgress::Goal{retain.value(QStringLiteral("metric")).toString(),
                                           retain.value(QStringLiteral("current")).toInteger(),
                                           retain.value(QStringLiteral("target")).toInteger()};
    }
    return member;
}

} // namespace loyalty
