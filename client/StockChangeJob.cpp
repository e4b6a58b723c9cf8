#include "client/StockChangeJob.h"

#include <QJsonObject>
#include <QUuid>

namespace loyalty {

StockChangeJob::StockChangeJob(ApiClient *client, qint64 itemId, const StockChangeRequest &request,
                               const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent), m_key(idempotencyKey.isEmpty() ? newKey() : idempotencyKey)
{
    StockChangeRequest sent = request;
    sent.reason = request.reason.trimmed();
    setRequest("POST", QStringLiteral("/v1/items/%1/stock").arg(itemId), {}, QJsonDocument(sent.toJson()));
    setIdempotencyKey(m_key);
}

QByteArray StockChangeJob::newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool StockChangeJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_movement = StockMovement::fromJson(object.value(QStringLiteral("movement")).toObject());
    m_item = CatalogueItem::fromJson(object.value(QStringLiteral("item")).toObject());
    return m_movement.id != 0 && m_item.id() != 0;
}

} // namespace loyalty
