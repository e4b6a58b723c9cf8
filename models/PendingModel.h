#pragma once

#include "core/PendingEntry.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// A member's pending points (待入账), newest first: earned but not yet posted, each with what posts it
// (a time or a follow-up event), the deadline after which it is cancelled, and what became of it. Read
// from the server only: the offline cache does not keep them.
class PendingModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        AmountColumn,
        ReasonColumn,
        ConditionColumn,
        PostsColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        PendingIdRole = Qt::UserRole + 1,
        AmountRole
    };

    PendingModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    void setMemberId(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    PendingEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Waiting", "Posted", "Cancelled" in the UI language.
    static QString statusText(LedgerStatus status);
    // "At a time" or "On an event".
    static QString conditionText(const PendingEntry &entry);
    // Why an entry was cancelled, in words ("Member blacklisted", "Deadline passed"); the code itself when
    // this console does not know it.
    static QString resolutionText(const QString &resolution);

protected:
    void clearRows() override { m_entries.clear(); }
    bool hasQuery() const override { return m_memberId != 0; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_entries.size()); }

private:
    QPointer<ApiClient> m_client;
    qint64 m_memberId = 0;
    QList<PendingEntry> m_entries;
};

} // namespace loyalty
