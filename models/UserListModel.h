#pragma once

#include "core/UserAccount.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// The Users pane's list of console users (administrators only). Not cached: who may sign in is only
// ever read from the server.
class UserListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UsernameColumn,
        DisplayNameColumn,
        RoleColumn,
        StatusColumn,
        LastLoginColumn,
        ColumnCount
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
        EnabledRole
    };

    UserListModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    UserAccount accountAt(int row) const { return m_accounts.value(row); }
    int rowOfUser(qint64 userId) const;
    // A user changed in a dialog: show the server's answer without reloading.
    void updateAccount(const UserAccount &account);
    void appendAccount(const UserAccount &account);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void clearRows() override { m_accounts.clear(); }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_accounts.size()); }

private:
    QPointer<ApiClient> m_client;
    QList<UserAccount> m_accounts;
};

} // namespace loyalty
