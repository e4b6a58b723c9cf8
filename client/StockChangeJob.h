#pragma once

#include "client/ApiJob.h"
#include "client/CatalogueItem.h"
#include "core/StockChangeRequest.h"
#include "core/StockMovement.h"

namespace loyalty {

// POST /v1/items/{id}/stock {delta, reason, kind} with an Idempotency-Key: 201 {movement, item}. The key
// is made once for the job (or given, so a dialog sending the same change again after a failure reuses
// its own), which makes every retry apply once. Refusals: 422 stock_negative (the change would leave
// less than nothing; nothing moved), 400 with the field of a bad request.
class StockChangeJob : public ApiJob
{
    Q_OBJECT
public:
    StockChangeJob(ApiClient *client, qint64 itemId, const StockChangeRequest &request,
                   const QByteArray &idempotencyKey = {}, QObject *parent = nullptr);

    QByteArray idempotencyKey() const { return m_key; }
    StockMovement movement() const { return m_movement; }
    CatalogueItem item() const { return m_item; }
    bool wouldGoNegative() const { return error().code == QLatin1String("stock_negative"); }

    static QByteArray newKey();

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QByteArray m_key;
    StockMovement m_movement;
    CatalogueItem m_item;
};

} // namespace loyalty
