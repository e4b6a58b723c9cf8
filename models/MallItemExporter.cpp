#include "models/MallItemExporter.h"

#include "client/ItemsJob.h"
#include "core/IsoTime.h"

namespace loyalty {

QStringList MallItemExporter::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("category"),
            QStringLiteral("price_band"),
            QStringLiteral("points_price"),
            QStringLiteral("cash_price_yuan"),
            QStringLiteral("tier_prices"),
            QStringLiteral("stock"),
            QStringLiteral("low_stock_threshold"),
            QStringLiteral("low_stock"),
            QStringLiteral("per_member_limit"),
            QStringLiteral("period_limit"),
            QStringLiteral("min_tier_rank"),
            QStringLiteral("status"),
            QStringLiteral("on_shelf"),
            QStringLiteral("shelf_from"),
            QStringLiteral("shelf_until"),
            QStringLiteral("updated_at")};
}

QStringList MallItemExporter::record(const CatalogueItem &item)
{
    const MallItem &mall = item.item;
    QStringList tierPrices;
    for (const MallItem::TierPrice &price : mall.tierPrices)
        tierPrices.append(QStringLiteral("%1:%2").arg(price.rank).arg(price.points));
    const QString periodLimit = mall.periodLimit.count > 0
                                    ? QStringLiteral("%1/%2")
                                          .arg(mall.periodLimit.count)
                                          .arg(mallItemPeriodToString(mall.periodLimit.period))
                                    : QString();
    // Machine-readable: plain numbers, the words of the API, ISO times; yuan with two decimals.
    return {QString::number(mall.id),
            mall.name,
            itemCategoryToString(mall.category),
            priceBandToString(item.priceBand),
            QString::number(mall.pointsPrice),
            QString::number(double(mall.cashPrice) / 100.0, 'f', 2),
            tierPrices.join(QLatin1Char(' ')),
            QString::number(mall.stock),
            QString::number(mall.lowStockThreshold),
            item.lowStock ? QStringLiteral("true") : QStringLiteral("false"),
            QString::number(mall.perMemberLimit),
            periodLimit,
            QString::number(mall.minTierRank),
            mall.status == MallItem::Status::On ? QStringLiteral("on") : QStringLiteral("off"),
            item.onShelf ? QStringLiteral("true") : QStringLiteral("false"),
            toIsoTime(mall.shelfFrom),
            toIsoTime(mall.shelfUntil),
            toIsoTime(mall.updatedAt)};
}

bool MallItemExporter::start(const ItemListFilter &filter, const QString &filePath)
{
    if (isRunning())
        return false;
    m_filter = filter;
    return startExport(filePath);
}

ApiJob *MallItemExporter::pageJob(const QString &cursor, int limit)
{
    return new ItemsJob(client(), m_filter, cursor, limit, this);
}

QString MallItemExporter::readPage(ApiJob *job, QList<QStringList> *records) const
{
    auto *page = static_cast<ItemsJob *>(job);
    for (const CatalogueItem &item : page->items())
        records->append(record(item));
    return page->nextCursor();
}

QString MallItemExporter::doneMessage(int rows, const QString &nativePath) const
{
    return tr("%Ln items exported to %1.", nullptr, rows).arg(nativePath);
}

} // namespace loyalty
