#pragma once

#include "core/ManualTier.h"
#include "core/TierProgress.h"
#include "core/TierRef.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

enum class MemberStatus
{
    Active,
    Frozen,
    Blacklisted
};

QString memberStatusToString(MemberStatus status);
MemberStatus memberStatusFromString(const QString &text);

// A member as the REST contract describes it; `phone` is masked unless it was revealed.
struct Member
{
    qint64 id = 0;
    QString memberNo;
    QString name;
    QString phone;
    MemberStatus status = MemberStatus::Active;
    TierRef tier;
    qint64 balance = 0;
    qint64 pendingPoints = 0;
    qint64 expiringPoints30d = 0;
    qint64 lifetimePoints = 0;
    QDateTime registeredAt;
    QDateTime lastActiveAt;
    // Why the status last changed (freeze, blacklist, lift) and when; empty for a member never touched.
    QString statusReason;
    QDateTime statusChangedAt;
    // The tier period: since when the member holds the tier, and when retention is judged (none in the
    // lowest tier). A manual tier holds until its own end.
    QDateTime tierSince;
    QDateTime tierUntil;
    std::optional<ManualTier> manualTier;
    TierProgress tierProgress;
    // Inside the warning window before the period end without meeting the retention bar.
    bool tierAtRisk = false;

    QJsonObject toJson() const;
    static Member fromJson(const QJsonObject &object);
    bool operator==(const Member &) const = default;
};

} // namespace loyalty
