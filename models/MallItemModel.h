#pragma once

#include "client/CatalogueItem.h"
#include "client/ItemListFilter.h"
#include "models/PagedTableModel.h"

#include <QHash>
#include <QPointer>

namespace loyalty {

class ApiClient;

// The mall catalogue, newest first, a page at a time. Filters (category, band, shelf, low stock, name)
// are the server's, so a filtered list covers the whole catalogue; changing one starts over. Low-stock
// rows stand out (red stock figure on a pale background) and say why in their tooltip. The catalogue is
// not cached: offline, the model says so instead of showing rows.
class MallItemModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        BandColumn,
        PointsColumn,
        CashColumn,
        StockColumn,
        ShelfColumn, // before the limits: on a narrow window it is the one still in view
        LimitsColumn,
        MinTierColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        LowStockRole,
        OnShelfRole,
    };

    MallItemModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    // Starts over with this filter (also the first load).
    void setFilter(const ItemListFilter &filter);
    ItemListFilter filter() const { return m_filter; }
    // Tier names by rank for the minimum tier column (from the published ladder); ranks without a
    // name read "Rank n".
    void setTierNames(const QHash<int, QString> &names);
    QString tierName(int rank) const;

    CatalogueItem itemAt(int row) const { return m_items.value(row); }
    int rowOfItem(qint64 itemId) const;
    // An item the server answered after a change (edit, image, stock): its row shows it at once. A new
    // item is put on top, where the newest-first list would have it.
    void updateItem(const CatalogueItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The time shelf states are worked out against (tests pin it); invalid: now.
    void setNow(const QDateTime &now) { m_now = now; }

protected:
    void clearRows() override { m_items.clear(); }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_items.size()); }

private:
    QString displayText(const CatalogueItem &item, int column) const;
    QString toolTip(const CatalogueItem &item, int column) const;
    QDateTime now() const;

    QPointer<ApiClient> m_client;
    ItemListFilter m_filter;
    QHash<int, QString> m_tierNames;
    QList<CatalogueItem> m_items;
    QDateTime m_now;
};

} // namespace loyalty
