#include "models/MemberListModel.h"

#include "cache/MemberCache.h"
#include "client/MemberSearchJob.h"
#include "core/MemberQuery.h"
#include "models/ModelsLogging.h"
#include "models/OffThread.h"

#include <QLocale>

namespace loyalty {

MemberListModel::MemberListModel(ApiClient *client, MemberCache *cache, ConnectionMonitor *connection,
                                 QObject *parent)
    : PagedTableModel(connection, parent), m_client(client), m_cache(cache)
{
}

void MemberListModel::setQuery(const QString &text)
{
    m_query = text.trimmed();
    reload();
}

int MemberListModel::rowOfMember(qint64 memberId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == memberId)
            return row;
    }
    return -1;
}

void MemberListModel::updateMember(const Member &member)
{
    const int row = rowOfMember(member.id);
    if (row < 0)
        return;
    m_members[row] = member;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberListModel::statusText(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Frozen:
        return tr("Frozen");
    case MemberStatus::Blacklisted:
        return tr("Blacklisted");
    case MemberStatus::Active:
        break;
    }
    return tr("Active");
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    if (role == MemberIdRole)
        return member.id;
    if (role == Qt::TextAlignmentRole && index.column() == BalanceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MemberNoColumn:
        return member.memberNo;
    case NameColumn:
        return member.name;
    case PhoneColumn:
        return member.phone;
    case TierColumn:
        return member.tier.name.text(QLocale().name());
    case BalanceColumn:
        return QLocale().toString(member.balance);
    case StatusColumn:
        return statusText(member.status);
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberNoColumn:
        return tr("Member no.");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case BalanceColumn:
        return tr("Points");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void MemberListModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new MemberSearchJob(m_client, m_query, cursor, pageSize(), this), generation,
                    [this](const MemberSearchJob &page) {
                        const QList<Member> members = page.members();
                        appendMembers(members);
                        if (!m_cache)
                            return;
                        // Write-through off the UI thread; the cache is a copy, so a failure only costs
                        // offline review.
                        MemberCache *cache = m_cache;
                        (void)QtConcurrent::run(
                            [cache, members] { cache->storeMembers(members, QDateTime::currentDateTime()); });
                    });
}

void MemberListModel::requestCachePage(int offset, int generation)
{
    if (!m_cache) {
        pageFailed(generation, tr("The server cannot be reached and there is no local cache to show."));
        return;
    }
    struct Page
    {
        QList<Member> members;
        QDateTime asOf;
    };
    MemberCache *cache = m_cache;
    const MemberQuery query = MemberQuery::parse(m_query);
    const int limit = pageSize();
    runOffThread(
        this,
        [cache, query, offset, limit] {
            return Page{cache->searchMembers(query, offset, limit), cache->lastFetchedAt()};
        },
        [this, generation](const Page &page) {
            if (!isCurrent(generation))
                return;
            appendMembers(page.members);
            cachePageArrived(generation, int(page.members.size()), page.asOf);
        });
}

void MemberListModel::appendMembers(const QList<Member> &members)
{
    if (members.isEmpty())
        return;
    beginInsertRows({}, int(m_members.size()), int(m_members.size() + members.size()) - 1);
    m_members.append(members);
    endInsertRows();
    qCDebug(lcModels) << "members now" << m_members.size();
}

} // namespace loyalty
