#include "models/MallItemModel.h"

#include "client/ItemsJob.h"
#include "models/MallText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace loyalty {

namespace {
const QColor kLowStockText(0xc0, 0x39, 0x2b);
const QColor kLowStockBackground(0xfd, 0xec, 0xea);
const QColor kOffShelfText(0x80, 0x80, 0x80);
} // namespace

MallItemModel::MallItemModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void MallItemModel::setFilter(const ItemListFilter &filter)
{
    m_filter = filter;
    reload();
}

void MallItemModel::setTierNames(const QHash<int, QString> &names)
{
    m_tierNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, MinTierColumn), index(int(m_items.size()) - 1, MinTierColumn));
}

QString MallItemModel::tierName(int rank) const
{
    return MallText::tier(rank, m_tierNames.value(rank));
}

int MallItemModel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id() == itemId)
            return row;
    }
    return -1;
}

void MallItemModel::updateItem(const CatalogueItem &item)
{
    const int row = rowOfItem(item.id());
    if (row >= 0) {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(item);
    endInsertRows();
}

int MallItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MallItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime MallItemModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QVariant MallItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case ItemIdRole:
        return item.id();
    case LowStockRole:
        return item.lowStock;
    case OnShelfRole:
        return item.onShelf;
    case Qt::TextAlignmentRole:
        if (column == PointsColumn || column == CashColumn || column == StockColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (item.lowStock && column == StockColumn)
            return QBrush(kLowStockText);
        if (column == ShelfColumn && !item.onShelf)
            return QBrush(kOffShelfText);
        return {};
    case Qt::BackgroundRole:
        if (item.lowStock)
            return QBrush(kLowStockBackground);
        return {};
    case Qt::FontRole:
        if (item.lowStock && column == StockColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString MallItemModel::displayText(const CatalogueItem &item, int column) const
{
    const MallItem &mall = item.item;
    switch (column) {
    case NameColumn:
        return mall.name;
    case CategoryColumn:
        return MallText::category(mall.category);
    case BandColumn:
        return MallText::band(item.priceBand);
    case PointsColumn:
        return MallText::points(mall.pointsPrice);
    case CashColumn:
        return MallText::cash(mall.cashPrice);
    case StockColumn:
        return QLocale().toString(mall.stock);
    case LimitsColumn:
        return MallText::limits(mall);
    case MinTierColumn:
        return tierName(mall.minTierRank);
    case ShelfColumn:
        return MallText::shelfState(item, now());
    default:
        return {};
    }
}

QString MallItemModel::toolTip(const CatalogueItem &item, int column) const
{
    const MallItem &mall = item.item;
    if (item.lowStock) {
        const QString low = mall.stock <= 0 ? tr("Sold out: restock it or take it off the shelf.")
                                            : tr("Low stock: %Ln left (the alert is at %1 or fewer).",
                                                 nullptr, int(mall.stock))
                                                  .arg(QLocale().toString(mall.lowStockThreshold));
        if (column == StockColumn || column == NameColumn)
            return low;
    }
    switch (column) {
    case NameColumn:
        return mall.description.isEmpty() ? mall.name : mall.description;
    case PointsColumn: {
        if (mall.tierPrices.isEmpty())
            return tr("Every member pays %1 points.").arg(MallText::points(mall.pointsPrice));
        QStringList lines{tr("%1 points; tier prices:").arg(MallText::points(mall.pointsPrice))};
        for (const MallItem::TierPrice &price : mall.tierPrices)
            lines.append(tr("%1: %2 points").arg(tierName(price.rank), MallText::points(price.points)));
        return lines.join(QLatin1Char('\n'));
    }
    case BandColumn:
        return MallText::bandWithRange(item.priceBand);
    case StockColumn:
        return tr("The low-stock alert is at %1 or fewer.").arg(QLocale().toString(mall.lowStockThreshold));
    default:
        return displayText(item, column);
    }
}

QVariant MallItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case BandColumn:
        return tr("Band");
    case PointsColumn:
        return tr("Points");
    case CashColumn:
        return tr("Cash");
    case StockColumn:
        return tr("Stock");
    case LimitsColumn:
        return tr("Limits");
    case MinTierColumn:
        return tr("Minimum tier");
    case ShelfColumn:
        return tr("Shelf");
    default:
        return {};
    }
}

void MallItemModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new ItemsJob(m_client, m_filter, cursor, pageSize(), this), generation,
                    [this](const ItemsJob &page) {
                        const QList<CatalogueItem> items = page.items();
                        if (items.isEmpty())
                            return;
                        beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size()) - 1);
                        m_items.append(items);
                        endInsertRows();
                    });
}

void MallItemModel::requestCachePage(int, int generation)
{
    pageFailed(generation, tr("The server cannot be reached, and the catalogue is not kept on this "
                              "computer: it shows again when the connection is back."));
}

} // namespace loyalty
