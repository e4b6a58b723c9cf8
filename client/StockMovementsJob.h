#pragma once

#include "client/PageJob.h"
#include "core/StockMovement.h"

namespace loyalty {

// GET /v1/items/{id}/stock-movements: one page of an item's stock ledger, newest first.
class StockMovementsJob : public PageJob<StockMovement>
{
public:
    StockMovementsJob(ApiClient *client, qint64 itemId, const QString &cursor, int limit,
                      QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/items/%1/stock-movements").arg(itemId), {}, cursor, limit,
                  parent)
    {
    }

    QList<StockMovement> movements() const { return items(); }
};

} // namespace loyalty
