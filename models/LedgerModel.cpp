#include "models/LedgerModel.h"

#include "cache/MemberCache.h"
#include "client/LedgerJob.h"
#include "core/LedgerReason.h"
#include "models/OffThread.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QtConcurrent>

namespace loyalty {

LedgerModel::LedgerModel(ApiClient *client, MemberCache *cache, ConnectionMonitor *connection,
                         QObject *parent)
    : PagedTableModel(connection, parent), m_client(client), m_cache(cache)
{
}

void LedgerModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void LedgerModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    reload();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerModel::kindText(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Earn:
        return tr("Earned");
    case LedgerKind::Spend:
        return tr("Spent");
    case LedgerKind::Adjust:
        return tr("Adjusted");
    case LedgerKind::Expire:
        return tr("Expired");
    case LedgerKind::Refund:
        return tr("Refunded");
    case LedgerKind::Reverse:
        return tr("Reversed");
    case LedgerKind::Forfeit:
        return tr("Forfeited");
    }
    return {};
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case AmountRole:
        return entry.amount;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == BalanceAfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AmountColumn)
            return QBrush(entry.amount < 0 ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1e, 0x84, 0x49));
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        return kindText(entry.kind);
    case AmountColumn:
        return entry.amount > 0 ? QStringLiteral("+") + locale.toString(entry.amount)
                                : locale.toString(entry.amount);
    case BalanceAfterColumn:
        return locale.toString(entry.balanceAfter);
    case ReasonColumn:
        return LedgerReason::label(entry.reason);
    case NoteColumn:
        return entry.note;
    case ActorColumn:
        return entry.actor;
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Points");
    case BalanceAfterColumn:
        return tr("Balance after");
    case ReasonColumn:
        return tr("Reason");
    case NoteColumn:
        return tr("Note");
    case ActorColumn:
        return tr("By");
    default:
        return {};
    }
}

void LedgerModel::requestServerPage(const QString &cursor, int generation)
{
    const qint64 memberId = m_memberId;
    const bool filtered = !m_filter.isEmpty();
    fetchServerPage(new LedgerJob(m_client, memberId, m_filter, cursor, pageSize(), this), generation,
                    [this, memberId, filtered](const LedgerJob &page) {
                        const QList<LedgerEntry> entries = page.entries();
                        appendEntries(entries);
                        // The cache keeps the whole ledger in order; a filtered page would leave gaps.
                        if (!m_cache || filtered)
                            return;
                        MemberCache *cache = m_cache;
                        (void)QtConcurrent::run([cache, memberId, entries] {
                            cache->storeLedger(memberId, entries, QDateTime::currentDateTime());
                        });
                    });
}

void LedgerModel::requestCachePage(int offset, int generation)
{
    if (!m_cache) {
        pageFailed(generation, tr("The server cannot be reached and there is no local cache to show."));
        return;
    }
    if (!m_filter.isEmpty()) {
        pageFailed(generation, tr("Offline, the ledger can be shown only unfiltered: clear the filter to see "
                                  "the copy kept on this computer."));
        return;
    }
    struct Page
    {
        QList<LedgerEntry> entries;
        QDateTime asOf;
    };
    MemberCache *cache = m_cache;
    const qint64 memberId = m_memberId;
    const int limit = pageSize();
    runOffThread(
        this,
        [cache, memberId, offset, limit] {
            return Page{cache->ledger(memberId, offset, limit), cache->memberFetchedAt(memberId)};
        },
        [this, generation](const Page &page) {
            if (!isCurrent(generation))
                return;
            appendEntries(page.entries);
            cachePageArrived(generation, int(page.entries.size()), page.asOf);
        });
}

void LedgerModel::appendEntries(const QList<LedgerEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

} // namespace loyalty
