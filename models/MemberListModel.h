#pragma once

#include "core/Member.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;
class MemberCache;

// The Members pane's list: search results paged in lazily, so a million members scroll like a hundred.
// What comes from the server is written through to the cache; offline, the cache answers instead.
class MemberListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MemberNoColumn,
        NameColumn,
        PhoneColumn,
        TierColumn,
        BalanceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1
    };

    MemberListModel(ApiClient *client, MemberCache *cache, ConnectionMonitor *connection,
                    QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    Member memberAt(int row) const { return m_members.value(row); }
    int rowOfMember(qint64 memberId) const;
    // A member changed elsewhere (an adjustment): show the new balance without reloading.
    void updateMember(const Member &member);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(MemberStatus status);

protected:
    void clearRows() override { m_members.clear(); }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_members.size()); }

private:
    void appendMembers(const QList<Member> &members);

    QPointer<ApiClient> m_client;
    MemberCache *m_cache;
    QString m_query;
    QList<Member> m_members;
};

} // namespace loyalty
