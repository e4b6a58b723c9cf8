#pragma once

#include "core/RedemptionStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A member's redemption of a mall item (api.md): what was taken, what it cost, and how it was delivered.
struct Redemption
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 itemId = 0;
    int quantity = 1;
    qint64 points = 0; // total points held/spent for all units
    qint64 cash = 0;   // total cash part, fen
    RedemptionStatus status = RedemptionStatus::Placed;
    QString code; // code-fulfilled items
    QString carrier;
    QString trackingNumber;
    QDateTime placedAt;
    QDateTime fulfilledAt;
    QDateTime shippedAt;
    QDateTime completedAt;
    QDateTime cancelledAt;
    QString cancelReason;

    QJsonObject toJson() const;
    static Redemption fromJson(const QJsonObject &object);
    bool operator==(const Redemption &) const = default;
};

} // namespace loyalty
