#pragma once

#include "core/StockMovement.h"
#include "server/Outcome.h"

#include <QString>

namespace loyalty::server {

// The redemption flow's stock moves: items.stock changed only together with a stock_movements row, in
// the caller's transaction. A stand-in for the catalogue's StockService::move (mall-items branch) with
// the same arguments, so the redemption and after-sales services swap it for that in one place.
class RedemptionStock
{
public:
    // Moves `delta` (negative: out of stock). A move below zero is refused (422 out_of_stock, saying how
    // many are left) and changes nothing; 404 for no such item.
    static Outcome<StockMovement> move(qint64 itemId, StockMovementKind kind, qint64 delta,
                                       const QString &reason, qint64 redemptionId, const QString &actor);
    // The 422 for asking `wanted` of an item that has `left`.
    static ServiceError outOfStock(qint64 left, qint64 wanted);
};

} // namespace loyalty::server
