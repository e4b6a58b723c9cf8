#include "client/ItemImageJob.h"

#include <QJsonObject>

namespace loyalty {

ItemImageJob::ItemImageJob(ApiClient *client, qint64 itemId, const QByteArray &bytes,
                           const QByteArray &contentType, QObject *parent)
    : ApiJob(client, parent)
{
    setRawRequest("PUT", QStringLiteral("/v1/items/%1/image").arg(itemId), bytes, contentType);
}

bool ItemImageJob::parse(int, const QJsonDocument &document)
{
    m_item = CatalogueItem::fromJson(document.object());
    return m_item.id() != 0;
}

} // namespace loyalty
