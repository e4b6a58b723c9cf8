#pragma once

#include "core/Violation.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/members/{id}/tier: {tierId, reason, until}. A manual tier always ends: `until` lies in the
// future and at most two years ahead.
struct TierOverrideRequest
{
    qint64 tierId = 0;
    QString reason;
    QDateTime until;

    static constexpr int kMaxReasonLength = 200;
    static constexpr int kMaxDays = 731;

    std::optional<Violation> validate(const QDateTime &now) const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, const QDateTime &now,
                                             TierOverrideRequest *request);
};

} // namespace loyalty
