#include "client/ItemImageJob.h"

#include <QJsonObject>

namespace loyalty {

ItemImageJob::ItemImageJob(ApiClient *client, qint64 itemId, const QByteArray &bytes,
                           const QByteArray &contentType, QObject *parent)
    : ApiJob(client, parent)
{
    setRawRequest("PUT", QStringLiteral("/v1/items/%1/image").arg(itemId), bytes, contentType);
}

QByteArray ItemImageJob::contentTypeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QByteArrayLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QByteArrayLiteral("image/jpeg");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    return {};
}

bool ItemImageJob::parse(int, const QJsonDocument &document)
{
    m_item = CatalogueItem::fromJson(document.object());
    return m_item.id() != 0;
}

} // namespace loyalty
