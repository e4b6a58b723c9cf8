#include "client/ItemJob.h"

#include <QJsonObject>

namespace loyalty {

ItemJob::ItemJob(ApiClient *client, qint64 itemId, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/items/%1").arg(itemId));
}

bool ItemJob::parse(int, const QJsonDocument &document)
{
    m_item = CatalogueItem::fromJson(document.object());
    return m_item.id() != 0;
}

} // namespace loyalty
