#pragma once

#include "core/StockChangeRequest.h"
#include "core/StockMovement.h"
#include "core/UserInfo.h"
#include "server/IdPage.h"
#include "server/IdempotentWrite.h"
#include "server/Outcome.h"

#include <optional>

namespace loyalty::server {

struct StockCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 itemId = 0;
    StockChangeRequest request; // already validated
    IdempotencyGuard guard;
};

using StockMovementPage = IdPage<StockMovement>;

// An item's stock ledger: items.stock changes only here, always with a stock_movements row (delta and
// the count after it) in the same transaction, and never below zero.
class StockService
{
public:
    // POST /v1/items/{id}/stock: staff's inbound or correction, audited as item.stock; 201
    // {movement, item}; 422 stock_negative; 404 for an unknown item.
    static Outcome<WriteResult> change(const StockCommand &command);

    // How a move that would leave less than nothing is refused: staff's change names the delta
    // (stock_negative); a redemption is told the item is out of stock (out_of_stock).
    enum class Shortfall
    {
        StockNegative,
        OutOfStock
    };

    // Moves an item's stock by `delta` (0 is allowed: a shipment) and writes the movement row, inside
    // the caller's transaction (the caller rolls it back on an error; a refusal itself writes nothing).
    // `redemptionId` 0: not from a redemption. 404 not_found for an unknown item; 422 as `shortfall`
    // says, the message saying what is in stock. No audit row: the caller audits what it does.
    static Outcome<StockMovement> move(qint64 itemId, StockMovementKind kind, qint64 delta,
                                       const QString &reason, qint64 redemptionId, const QString &actor,
                                       Shortfall shortfall = Shortfall::StockNegative);
    // The 422 out_of_stock for asking `wanted` units of an item that has `left`.
    static ServiceError outOfStock(qint64 left, qint64 wanted);

    // Newest first; 404 for an unknown item.
    static Outcome<StockMovementPage> movements(qint64 itemId, int limit,
                                                const std::optional<PageCursor> &before);
};

} // namespace loyalty::server
