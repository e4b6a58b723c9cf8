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

    // Moves an item's stock by `delta` (0 is allowed: a shipment) and writes the movement row, inside
    // the caller's transaction (opened here as a savepoint, so a refusal leaves nothing of this
    // call). `redemptionId` 0: not from a redemption. 404 not_found for an unknown item; 422
    // stock_negative (field "delta", the message says what is in stock) when the stock would go below
    // zero. No audit row: the caller audits what it does.
    static Outcome<StockMovement> move(qint64 itemId, StockMovementKind kind, qint64 delta,
                                       const QString &reason, qint64 redemptionId, const QString &actor);

    // Newest first; 404 for an unknown item.
    static Outcome<StockMovementPage> movements(qint64 itemId, int limit,
                                                const std::optional<PageCursor> &before);
};

} // namespace loyalty::server
