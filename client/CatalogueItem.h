#pragma once

#include "core/MallItem.h"
#include "core/PriceBand.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A catalogue item as the server answers it: the MallItem (with its image and times) plus what the
// server works out when it answers: whether the item is low on stock or on the shelf right now, and its
// price band. The console shows these as the server says them rather than working them out again.
struct CatalogueItem
{
    MallItem item;
    bool lowStock = false;
    bool onShelf = false;
    PriceBand priceBand = PriceBand::Low;

    qint64 id() const { return item.id; }
    bool hasImage() const { return item.image.has_value(); }
    // Relative, "/v1/items/{id}/image?v=<tag>": a new picture gets a new address. Empty without one.
    QString imageUrl() const { return item.imageUrl(); }

    // Reads the server's item JSON; id 0 when the object is not an item.
    static CatalogueItem fromJson(const QJsonObject &object);
    bool operator==(const CatalogueItem &) const = default;
};

} // namespace loyalty
