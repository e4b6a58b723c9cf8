#include "models/MallText.h"

#include <QLocale>

namespace loyalty {

QList<ItemCategory> MallText::categories()
{
    return {ItemCategory::Coupon,  ItemCategory::VirtualRight, ItemCategory::PhysicalGift,
            ItemCategory::Service, ItemCategory::Lottery,      ItemCategory::Charity};
}

QList<PriceBand> MallText::bands()
{
    return {PriceBand::Low, PriceBand::Mid, PriceBand::High};
}

QString MallText::category(ItemCategory category)
{
    switch (category) {
    case ItemCategory::Coupon:
        return tr("Coupon");
    case ItemCategory::VirtualRight:
        return tr("Virtual right");
    case ItemCategory::PhysicalGift:
        return tr("Physical gift");
    case ItemCategory::Service:
        return tr("Service");
    case ItemCategory::Lottery:
        return tr("Lottery / blind box");
    case ItemCategory::Charity:
        return tr("Charity");
    }
    return {};
}

QString MallText::band(PriceBand band)
{
    switch (band) {
    case PriceBand::Low:
        return tr("Low");
    case PriceBand::Mid:
        return tr("Mid");
    case PriceBand::High:
        return tr("High");
    }
    return {};
}

QString MallText::bandWithRange(PriceBand band)
{
    const QLocale locale;
    switch (band) {
    case PriceBand::Low:
        return tr("Low (under %1 points)").arg(locale.toString(1000));
    case PriceBand::Mid:
        return tr("Mid (%1–%2 points)").arg(locale.toString(1000), locale.toString(9999));
    case PriceBand::High:
        return tr("High (%1 points or more)").arg(locale.toString(10000));
    }
    return {};
}

QString MallText::shelfFilter(ItemListFilter::Shelf shelf)
{
    switch (shelf) {
    case ItemListFilter::Shelf::Any:
        return tr("Any shelf status");
    case ItemListFilter::Shelf::On:
        return tr("Switched on");
    case ItemListFilter::Shelf::Off:
        return tr("Switched off");
    case ItemListFilter::Shelf::OnShelf:
        return tr("On the shelf now");
    }
    return {};
}

QString MallText::period(MallItem::Period period)
{
    switch (period) {
    case MallItem::Period::Day:
        return tr("day");
    case MallItem::Period::Week:
        return tr("week");
    case MallItem::Period::Month:
        return tr("month");
    }
    return {};
}

QString MallText::movementKind(StockMovementKind kind)
{
    switch (kind) {
    case StockMovementKind::Inbound:
        return tr("Inbound");
    case StockMovementKind::Correction:
        return tr("Correction");
    case StockMovementKind::Reservation:
        return tr("Redeemed");
    case StockMovementKind::Release:
        return tr("Released");
    case StockMovementKind::Shipment:
        return tr("Shipped");
    }
    return {};
}

QString MallText::cash(qint64 fen)
{
    if (fen == 0)
        return QStringLiteral("—");
    //: An amount of money in yuan, e.g. "¥12.50"
    return tr("¥%1").arg(QLocale().toString(double(fen) / 100.0, 'f', 2));
}

QString MallText::points(qint64 points)
{
    return QLocale().toString(points);
}

QString MallText::time(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString MallText::shelfState(const CatalogueItem &item, const QDateTime &now)
{
    const MallItem &mall = item.item;
    if (mall.status == MallItem::Status::Off)
        return tr("Off shelf");
    if (item.onShelf)
        return tr("On shelf");
    if (mall.shelfFrom.isValid() && now < mall.shelfFrom)
        return tr("Scheduled from %1").arg(time(mall.shelfFrom));
    if (mall.shelfUntil.isValid() && now >= mall.shelfUntil)
        return tr("Ended %1").arg(time(mall.shelfUntil));
    return tr("Off shelf");
}

QString MallText::limits(const MallItem &item)
{
    QStringList parts;
    if (item.perMemberLimit > 0)
        parts.append(tr("%Ln per member", nullptr, item.perMemberLimit));
    if (item.periodLimit.count > 0)
        parts.append(tr("%Ln per %1", nullptr, item.periodLimit.count).arg(period(item.periodLimit.period)));
    if (parts.isEmpty())
        return tr("No limit");
    return parts.join(QStringLiteral(" · "));
}

QString MallText::tier(int rank, const QString &name)
{
    if (rank <= 1)
        return tr("All members");
    if (!name.isEmpty())
        return name;
    return tr("Rank %1").arg(rank);
}

} // namespace loyalty
