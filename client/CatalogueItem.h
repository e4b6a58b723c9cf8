#pragma once

#include "core/MallItem.h"
#include "core/PriceBand.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A catalogue item as the server answers it: the editable MallItem plus what only the server knows
// (whether it is low on stock or on the shelf right now, its price band, the stored image, when it was
// made and changed). The console shows these as the server says them rather than working them out.
struct CatalogueItem
{
    struct Image
    {
        QString url; // relative, "/v1/items/{id}/image?v=<tag>": a new image gets a new address
        QString contentType;
        qint64 size = 0;
        bool operator==(const Image &) const = default;
    };

    MallItem item;
    bool lowStock = false;
    bool onShelf = false;
    PriceBand priceBand = PriceBand::Low;
    Image image; // url empty: no image
    QDateTime createdAt;
    QDateTime updatedAt;

    qint64 id() const { return item.id; }
    bool hasImage() const { return !image.url.isEmpty(); }

    // Reads the server's item JSON; id 0 when the object is not an item.
    static CatalogueItem fromJson(const QJsonObject &object);
    bool operator==(const CatalogueItem &) const = default;
};

} // namespace loyalty
