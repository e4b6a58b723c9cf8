#pragma once

#include "core/TierRef.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

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

    QJsonObject toJson() const;
    static Member fromJson(const QJsonObject &object);
    bool operator==(const Member &) const = default;
};

} // namespace loyalty
