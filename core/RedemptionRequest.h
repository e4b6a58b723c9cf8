#pragma once

#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/redemptions: {memberId, itemId, quantity}. The shape only; the member's balance, tier and
// limits and the item's stock are the server's to check. A missing quantity reads as 1.
struct RedemptionRequest
{
    qint64 memberId = 0;
    qint64 itemId = 0;
    int quantity = 1;

    static constexpr int kMaxQuantity = 99;

    std::optional<Violation> validate() const;

    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, RedemptionRequest *request);
};

} // namespace loyalty
