#include "client/CatalogueItem.h"

#include "core/IsoTime.h"

namespace loyalty {

CatalogueItem CatalogueItem::fromJson(const QJsonObject &object)
{
    CatalogueItem read;
    if (MallItem::fromJson(object, &read.item))
        return {}; // not an item the console can show
    read.lowStock = object.value(QStringLiteral("lowStock")).toBool(read.item.isLowStock());
    read.onShelf =
        object.value(QStringLiteral("onShelf")).toBool(read.item.isOnShelf(QDateTime::currentDateTimeUtc()));
    const QString band = object.value(QStringLiteral("priceBand")).toString();
    read.priceBand = read.item.priceBand();
    for (PriceBand known : {PriceBand::Low, PriceBand::Mid, PriceBand::High}) {
        if (band == priceBandToString(known))
            read.priceBand = known;
    }
    const QJsonObject image = object.value(QStringLiteral("image")).toObject();
    read.image.url = image.value(QStringLiteral("url")).toString();
    read.image.contentType = image.value(QStringLiteral("contentType")).toString();
    read.image.size = image.value(QStringLiteral("size")).toInteger();
    read.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    read.updatedAt = fromIsoTime(object.value(QStringLiteral("updatedAt")).toString());
    return read;
}

} // namespace loyalty
