#include "client/CatalogueItem.h"

namespace loyalty {

CatalogueItem CatalogueItem::fromJson(const QJsonObject &object)
{
    CatalogueItem read;
    if (MallItem::fromJson(object, &read.item))
        return {}; // not an item the console can show
    read.lowStock = object.value(QStringLiteral("lowStock")).toBool(read.item.isLowStock());
    read.onShelf =
        object.value(QStringLiteral("onShelf")).toBool(read.item.isOnShelf(QDateTime::currentDateTimeUtc()));
    if (!priceBandFromString(object.value(QStringLiteral("priceBand")).toString(), &read.priceBand))
        read.priceBand = read.item.priceBand();
    return read;
}

} // namespace loyalty
