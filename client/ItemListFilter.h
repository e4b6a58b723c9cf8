#pragma once

#include "core/ItemCategory.h"
#include "core/PriceBand.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace loyalty {

// The filters of GET /v1/items: category, price band, shelf state, low stock only and a part of the
// name. The server applies them to the whole catalogue, so a filtered list is complete, not a filtered
// page. Empty fields do not filter.
struct ItemListFilter
{
    enum class Shelf
    {
        Any,
        On,      // switched on (whatever the schedule says)
        Off,     // switched off
        OnShelf, // switched on and inside its schedule now: what members see
    };

    std::optional<ItemCategory> category;
    std::optional<PriceBand> band;
    Shelf shelf = Shelf::Any;
    bool lowStockOnly = false;
    QString text;

    bool isEmpty() const
    {
        return !category && !band && shelf == Shelf::Any && !lowStockOnly && text.trimmed().isEmpty();
    }
    void addTo(QUrlQuery *query) const;
    bool operator==(const ItemListFilter &) const = default;
};

} // namespace loyalty
