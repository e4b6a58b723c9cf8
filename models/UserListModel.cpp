#include "models/UserListModel.h"

#include "client/PageJob.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loyalty {

UserListModel::UserListModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

int UserListModel::rowOfUser(qint64 userId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == userId)
            return row;
    }
    return -1;
}

void UserListModel::updateAccount(const UserAccount &account)
{
    const int row = rowOfUser(account.id);
    if (row < 0)
        return;
    m_accounts[row] = account;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UserListModel::appendAccount(const UserAccount &account)
{
    if (rowOfUser(account.id) >= 0) {
        updateAccount(account);
        return;
    }
    beginInsertRows({}, int(m_accounts.size()), int(m_accounts.size()));
    m_accounts.append(account);
    endInsertRows();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount &account = m_accounts.at(index.row());
    switch (role) {
    case UserIdRole:
        return account.id;
    case EnabledRole:
        return account.enabled;
    case Qt::ForegroundRole:
        return account.enabled ? QVariant() : QVariant(QBrush(QColor(0x88, 0x88, 0x88)));
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return account.username;
    case DisplayNameColumn:
        return account.displayName;
    case RoleColumn:
        return roleLabel(account.role);
    case StatusColumn:
        return account.enabled ? tr("Enabled") : tr("Disabled");
    case LastLoginColumn:
        return account.lastLoginAt.isValid()
                   ? QLocale().toString(account.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

void UserListModel::requestServerPage(const QString &cursor, int generation)
{
    using UsersPageJob = PageJob<UserAccount>;
    fetchServerPage(new UsersPageJob(m_client, QStringLiteral("/v1/users"), {}, cursor, pageSize(), this),
                    generation, [this](const UsersPageJob &page) {
                        const QList<UserAccount> accounts = page.items();
                        if (accounts.isEmpty())
                            return;
                        beginInsertRows({}, int(m_accounts.size()),
                                        int(m_accounts.size() + accounts.size()) - 1);
                        m_accounts.append(accounts);
                        endInsertRows();
                    });
}

void UserListModel::requestCachePage(int, int generation)
{
    pageFailed(generation, tr("Console users can only be managed while the server can be reached."));
}

} // namespace loyalty
