#pragma once

#include "core/StockMovement.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// One item's stock movements, newest first, a page at a time: when, what kind, the change (signed,
// green in and red out), the stock after it, why, the redemption it belongs to, and who. Not cached.
class StockMovementModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        DeltaColumn,
        AfterColumn,
        ReasonColumn,
        RedemptionColumn,
        ActorColumn,
        ColumnCount
    };
    enum Role
    {
        MovementIdRole = Qt::UserRole + 1,
        DeltaRole
    };

    StockMovementModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    // Shows this item's movements from the newest (0: none).
    void setItemId(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    StockMovement movementAt(int row) const { return m_movements.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void clearRows() override { m_movements.clear(); }
    bool hasQuery() const override { return m_itemId != 0; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_movements.size()); }

private:
    QString displayText(const StockMovement &movement, int column) const;

    QPointer<ApiClient> m_client;
    qint64 m_itemId = 0;
    QList<StockMovement> m_movements;
};

} // namespace loyalty
