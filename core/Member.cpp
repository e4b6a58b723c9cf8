#include "core/Member.h"

#include "core/IsoTime.h"

namespace loyalty {

QString memberStatusToString(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Frozen:
        return QStringLiteral("frozen");
    case MemberStatus::Blacklisted:
        return QStringLiteral("blacklisted");
    case MemberStatus::Active:
        break;
    }
    return QStringLiteral("active");
}

MemberStatus memberStatusFromString(const QString &text)
{
    if (text == QLatin1String("frozen"))
        return MemberStatus::Frozen;
    if (text == QLatin1String("blacklisted"))
        return MemberStatus::Blacklisted;
    return MemberStatus::Active;
}

QJsonObject Member::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("memberNo"), memberNo},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("status"), memberStatusToString(status)},
                       {QStringLiteral("tier"), tier.toJson()},
                       {QStringLiteral("balance"), balance},
                       {QStringLiteral("pendingPoints"), pendingPoints},
                       {QStringLiteral("expiringPoints30d"), expiringPoints30d},
                       {QStringLiteral("lifetimePoints"), lifetimePoints},
                       {QStringLiteral("registeredAt"), toIsoTime(registeredAt)},
                       {QStringLiteral("lastActiveAt"), toIsoTime(lastActiveAt)},
                       {QStringLiteral("statusReason"), statusReason},
                       {QStringLiteral("statusChangedAt"), toIsoTime(statusChangedAt)},
                       {QStringLiteral("tierSince"), toIsoTime(tierSince)},
                       {QStringLiteral("tierUntil"), toIsoTime(tierUntil)},
                       {QStringLiteral("tierProgress"), tierProgress.toJson()},
                       {QStringLiteral("tierAtRisk"), tierAtRisk}};
    object.insert(QStringLiteral("tierManual"), manualTier ? QJsonValue(manualTier->toJson()) : QJsonValue());
    return object;
}

Member Member::fromJson(const QJsonObject &object)
{
    Member member;
    member.id = object.value(QStringLiteral("id")).toInteger();
    member.memberNo = object.value(QStringLiteral("memberNo")).toString();
    member.name = object.value(QStringLiteral("name")).toString();
    member.phone = object.value(QStringLiteral("phone")).toString();
    member.status = memberStatusFromString(object.value(QStringLiteral("status")).toString());
    member.tier = TierRef::fromJson(object.value(QStringLiteral("tier")).toObject());
    member.balance = object.value(QStringLiteral("balance")).toInteger();
    member.pendingPoints = object.value(QStringLiteral("pendingPoints")).toInteger();
    member.expiringPoints30d = object.value(QStringLiteral("expiringPoints30d")).toInteger();
    member.lifetimePoints = object.value(QStringLiteral("lifetimePoints")).toInteger();
    member.registeredAt = fromIsoTime(object.value(QStringLiteral("registeredAt")).toString());
    member.lastActiveAt = fromIsoTime(object.value(QStringLiteral("lastActiveAt")).toString());
    member.statusReason = object.value(QStringLiteral("statusReason")).toString();
    member.statusChangedAt = fromIsoTime(object.value(QStringLiteral("statusChangedAt")).toString());
    member.tierSince = fromIsoTime(object.value(QStringLiteral("tierSince")).toString());
    member.tierUntil = fromIsoTime(object.value(QStringLiteral("tierUntil")).toString());
    if (const QJsonValue manual = object.value(QStringLiteral("tierManual")); manual.isObject())
        member.manualTier = ManualTier::fromJson(manual.toObject());
    member.tierProgress = TierProgress::fromJson(object.value(QStringLiteral("tierProgress")).toObject());
    member.tierAtRisk = object.value(QStringLiteral("tierAtRisk")).toBool();
    return member;
}

} // namespace loyalty
