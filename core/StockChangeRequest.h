#pragma once

#include "core/StockMovement.h"
#include "core/Violation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// POST /v1/items/{id}/stock: {delta, reason, kind}. Staff only ever add goods (inbound) or correct a
// count (correction); the other movement kinds belong to redemptions. Without `kind` (api.md's plain
// {delta, reason}) a positive delta reads as inbound and anything else as a correction.
struct StockChangeRequest
{
    qint64 delta = 0;
    QString reason;
    StockMovementKind kind = StockMovementKind::Inbound;

    static constexpr qint64 kMaxAbsDelta = 1'000'000;
    static constexpr int kMaxReasonLength = 200;

    std::optional<Violation> validate() const;
    // True when applying the change to `currentStock` would leave less than nothing.
    bool wouldGoNegative(qint64 currentStock) const { return currentStock + delta < 0; }
    // The same as a violation on "delta", for the server to refuse with.
    std::optional<Violation> checkAgainst(qint64 currentStock) const;

    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, StockChangeRequest *request);
};

} // namespace loyalty
