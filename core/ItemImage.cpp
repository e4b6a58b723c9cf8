#include "core/ItemImage.h"

#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

namespace loyalty {

QString ItemImage::url(qint64 itemId) const
{
    return QStringLiteral("/v1/items/%1/image?v=%2").arg(itemId).arg(tag);
}

QJsonObject ItemImage::toJson(qint64 itemId) const
{
    return {{QStringLiteral("url"), url(itemId)},
            {QStringLiteral("contentType"), contentType},
            {QStringLiteral("size"), size}};
}

std::optional<ItemImage> ItemImage::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    ItemImage image;
    image.contentType = object.value(QStringLiteral("contentType")).toString();
    image.size = object.value(QStringLiteral("size")).toInteger();
    const QUrl url(object.value(QStringLiteral("url")).toString());
    image.tag = QUrlQuery(url).queryItemValue(QStringLiteral("v"));
    return image;
}

QString ItemImage::sniffContentType(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

} // namespace loyalty
