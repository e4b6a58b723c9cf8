#pragma once

#include "client/CatalogueItem.h"
#include "client/ItemListFilter.h"
#include "core/ItemCategory.h"
#include "core/MallItem.h"
#include "core/PriceBand.h"
#include "core/StockMovement.h"

#include <QCoreApplication>
#include <QString>

namespace loyalty {

// How the console names what the mall is made of: categories, price bands, shelf states, limits and
// stock movement kinds, in the reader's language. One place, so the list, the detail, the editor and the
// filter bar say the same words.
class MallText
{
    Q_DECLARE_TR_FUNCTIONS(MallText)
public:
    static QString category(ItemCategory category);
    static QString band(PriceBand band);
    // The band with its range: "Mid (1,000–9,999 points)".
    static QString bandWithRange(PriceBand band);
    static QString shelfFilter(ItemListFilter::Shelf shelf);
    static QString period(MallItem::Period period);
    static QString movementKind(StockMovementKind kind);
    // "¥12.50" from fen; "—" for no cash part.
    static QString cash(qint64 fen);
    static QString points(qint64 points);
    // Where the item stands for members now: "On shelf", "Off shelf", "Scheduled from …", "Ended …".
    static QString shelfState(const CatalogueItem &item, const QDateTime &now);
    // "2 per member · 1 per week"; "No limit".
    static QString limits(const MallItem &item);
    // A tier's name by rank, or "Rank n" when the ladder is not known; rank 1 is every member ("All
    // members").
    static QString tier(int rank, const QString &name);
    static QString time(const QDateTime &time);

    static QList<ItemCategory> categories();
    static QList<PriceBand> bands();
};

} // namespace loyalty
