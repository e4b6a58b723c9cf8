#pragma once

#include "core/Violation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// POST /v1/redemptions/{id}/ship: {carrier, trackingNumber}. Tracking numbers are letters, digits and
// dashes (what carriers print); spaces are trimmed at the ends and refused inside, so a number pasted
// from a label matches the carrier's site.
struct ShipmentRequest
{
    QString carrier;
    QString trackingNumber;

    static constexpr int kMaxCarrierLength = 40;
    static constexpr int kMinTrackingLength = 6;
    static constexpr int kMaxTrackingLength = 40;

    std::optional<Violation> validate() const;

    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, ShipmentRequest *request);
};

} // namespace loyalty
