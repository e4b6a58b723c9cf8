#include "client/RemoveItemImageJob.h"

#include <QJsonObject>

namespace loyalty {

RemoveItemImageJob::RemoveItemImageJob(ApiClient *client, qint64 itemId, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("DELETE", QStringLiteral("/v1/items/%1/image").arg(itemId));
}

bool RemoveItemImageJob::parse(int, const QJsonDocument &document)
{
    m_item = CatalogueItem::fromJson(document.object());
    return m_item.id() != 0;
}

} // namespace loyalty
