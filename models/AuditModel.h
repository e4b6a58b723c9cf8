#pragma once

#include "core/AuditEntry.h"
#include "core/AuditFilter.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// The Audit pane's list: every write anyone made, newest first, filtered on the server and paged in by
// cursor. Never cached: reading the audit log needs the server (and the audit.read permission).
class AuditModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        ClientAddressColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        ActionCodeRole, // the raw action, e.g. "points.adjust"
        TimeRole        // the QDateTime (UTC)
    };

    AuditModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    // Shows the rows that match, from the first page.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    AuditEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The actions and entities the server records, in the order the filter bar offers them.
    static QStringList knownActions();
    static QStringList knownEntities();
    // What people read for an action ("Points adjusted"); the raw code for one this console does not know.
    static QString actionLabel(const QString &action);
    // "Member", "User", "Ledger entry"; the raw word for an unknown entity.
    static QString entityLabel(const QString &entity);
    // "Member 42"; just the entity's label when there is no id.
    static QString entityText(const QString &entity, const QString &entityId);

protected:
    void clearRows() override { m_entries.clear(); }
    bool hasQuery() const override { return m_hasFilter; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_entries.size()); }
    void appendEntries(const QList<AuditEntry> &entries);
    ApiClient *client() const { return m_client; }

private:
    QPointer<ApiClient> m_client;
    AuditFilter m_filter;
    bool m_hasFilter = false;
    QList<AuditEntry> m_entries;
};

} // namespace loyalty
