#pragma once

#include "client/RedemptionRecord.h"
#include "client/RedemptionsJob.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// The Redemptions pane's queue: redemptions newest first, narrowed by the filter bar (status, item,
// member, placed between two dates), paged in by cursor. Never cached: handling them needs the server.
class RedemptionModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        PlacedAtColumn,
        MemberColumn,
        ItemColumn,
        QuantityColumn,
        PointsColumn,
        CashColumn,
        StatusColumn,
        OpenCasesColumn,
        ColumnCount
    };
    enum Role
    {
        RedemptionIdRole = Qt::UserRole + 1,
        MemberIdRole,
        ItemIdRole,
        StatusRole,   // the RedemptionStatus, as int
        PlacedAtRole, // the QDateTime (UTC)
        SortRole      // numbers as numbers
    };

    RedemptionModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    // Shows the redemptions the filter lets through, from the first page.
    void setFilter(const RedemptionsJob::Filter &filter);
    RedemptionsJob::Filter filter() const { return m_filter; }
    RedemptionRecord redemptionAt(int row) const { return m_rows.value(row); }
    int rowOfRedemption(qint64 redemptionId) const;
    // A redemption changed here (an action, a case): its row shows the server's answer without a reload.
    // The timeline and cases of a detailed record are not kept in the row.
    void updateRedemption(const RedemptionRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Placed", "Shipped", ... for the filter, the rows and the detail.
    static QString statusText(RedemptionStatus status);
    // "8800000001 (张*)": the member's number and masked name.
    static QString memberText(const RedemptionRecord &record);
    // "¥12.50"; empty for no cash part.
    static QString cashText(qint64 fen);

protected:
    void clearRows() override { m_rows.clear(); }
    bool hasQuery() const override { return m_hasFilter; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    void appendRows(const QList<RedemptionRecord> &records);

    QPointer<ApiClient> m_client;
    RedemptionsJob::Filter m_filter;
    bool m_hasFilter = false;
    QList<RedemptionRecord> m_rows;
};

} // namespace loyalty
