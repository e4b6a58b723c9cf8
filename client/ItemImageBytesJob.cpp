#include "client/ItemImageBytesJob.h"

#include <QUrl>

namespace loyalty {

ItemImageBytesJob::ItemImageBytesJob(ApiClient *client, const QString &imageUrl, QObject *parent)
    : ApiJob(client, parent)
{
    // The address is relative to the server and may carry the image's tag as a query.
    const QUrl url(imageUrl);
    setRequest("GET", url.path(), QUrlQuery(url.query()));
}

bool ItemImageBytesJob::parse(int, const QJsonDocument &)
{
    return false; // the answer is an image, read by parseBytes()
}

bool ItemImageBytesJob::parseBytes(int, const QByteArray &bytes, const QByteArray &contentType)
{
    m_bytes = bytes;
    m_contentType = contentType;
    return !bytes.isEmpty();
}

} // namespace loyalty
