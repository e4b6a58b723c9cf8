#pragma once

#include "core/LedgerEntry.h"
#include "core/LedgerFilter.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;
class MemberCache;

// One member's points ledger, newest first, paged like the member list, optionally filtered.
class LedgerModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        AmountColumn,
        BalanceAfterColumn,
        ReasonColumn,
        NoteColumn,
        ActorColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        AmountRole
    };

    LedgerModel(ApiClient *client, MemberCache *cache, ConnectionMonitor *connection,
                QObject *parent = nullptr);

    void setMemberId(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    // Narrows the ledger to some kinds and a time range (on the server) and starts over from the first
    // page. Offline the cached ledger cannot be filtered: a filtered ledger then says so instead.
    void setFilter(const LedgerFilter &filter);
    LedgerFilter filter() const { return m_filter; }
    LedgerEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(LedgerKind kind);

protected:
    void clearRows() override { m_entries.clear(); }
    bool hasQuery() const override { return m_memberId != 0; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_entries.size()); }

private:
    void appendEntries(const QList<LedgerEntry> &entries);

    QPointer<ApiClient> m_client;
    MemberCache *m_cache;
    qint64 m_memberId = 0;
    LedgerFilter m_filter;
    QList<LedgerEntry> m_entries;
};

} // namespace loyalty
