#pragma once

#include "core/Lot.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// A member's expiry lots (what expires when), earliest expiry first. Read from the server only: the
// offline cache keeps balances and ledgers, not lots.
class LotModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EarnedColumn,
        AmountColumn,
        RemainingColumn,
        ExpiresColumn,
        StatusColumn,
        ColumnCount
    };

    LotModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    void setMemberId(qint64 memberId);
    Lot lotAt(int row) const { return m_lots.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void clearRows() override { m_lots.clear(); }
    bool hasQuery() const override { return m_memberId != 0; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_lots.size()); }

private:
    QPointer<ApiClient> m_client;
    qint64 m_memberId = 0;
    QList<Lot> m_lots;
};

} // namespace loyalty
