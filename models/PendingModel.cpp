#include "models/PendingModel.h"

#include "client/PendingEntriesJob.h"
#include "core/LedgerReason.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loyalty {

namespace {
struct CodeLabel
{
    const char *code;
    const char *label;
};

// Source texts for tr(); the context is PendingModel.
constexpr CodeLabel kResolutions[] = {
    {"posted", QT_TRANSLATE_NOOP("loyalty::PendingModel", "Posted to the ledger")},
    {"deadline", QT_TRANSLATE_NOOP("loyalty::PendingModel", "Deadline passed")},
    {"expired", QT_TRANSLATE_NOOP("loyalty::PendingModel", "Deadline passed")},
    {"blacklisted", QT_TRANSLATE_NOOP("loyalty::PendingModel", "Member blacklisted")},
    {"member_blacklisted", QT_TRANSLATE_NOOP("loyalty::PendingModel", "Member blacklisted")},
};
} // namespace

PendingModel::PendingModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void PendingModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

int PendingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingModel::statusText(LedgerStatus status)
{
    switch (status) {
    case LedgerStatus::Pending:
        return tr("Waiting");
    case LedgerStatus::Posted:
        return tr("Posted");
    case LedgerStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString PendingModel::conditionText(const PendingEntry &entry)
{
    return entry.eventKey.isEmpty() ? tr("At a time") : tr("On an event");
}

QString PendingModel::resolutionText(const QString &resolution)
{
    for (const CodeLabel &known : kResolutions) {
        if (resolution == QLatin1String(known.code))
            return tr(known.label);
    }
    return resolution;
}

QVariant PendingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingEntry &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case PendingIdRole:
        return entry.id;
    case AmountRole:
        return entry.amount;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (entry.status != LedgerStatus::Pending)
            return QBrush(QColor(0x88, 0x88, 0x88));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !entry.resolution.isEmpty()) {
            const QString when = entry.resolvedAt.isValid()
                                     ? locale.toString(entry.resolvedAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString();
            //: Pending points: what became of them, and when, e.g. "Member blacklisted (2025-03-01 10:00)"
            return when.isEmpty() ? resolutionText(entry.resolution)
                                  : tr("%1 (%2)").arg(resolutionText(entry.resolution), when);
        }
        if (index.column() == ReasonColumn && !entry.note.isEmpty())
            return entry.note;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CreatedColumn:
        return locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    case AmountColumn:
        return entry.amount > 0 ? QStringLiteral("+") + locale.toString(entry.amount)
                                : locale.toString(entry.amount);
    case ReasonColumn:
        return LedgerReason::label(entry.reason);
    case ConditionColumn:
        return conditionText(entry);
    case PostsColumn:
        if (!entry.eventKey.isEmpty())
            return entry.eventKey;
        return entry.postAt.isValid() ? locale.toString(entry.postAt.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    case DeadlineColumn:
        return entry.deadline.isValid() ? locale.toString(entry.deadline.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
    case StatusColumn:
        if (entry.status == LedgerStatus::Cancelled && !entry.resolution.isEmpty())
            //: Cancelled pending points and why, e.g. "Cancelled: Member blacklisted"
            return tr("%1: %2").arg(statusText(entry.status), resolutionText(entry.resolution));
        return statusText(entry.status);
    default:
        return {};
    }
}

QVariant PendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Earned");
    case AmountColumn:
        return tr("Points");
    case ReasonColumn:
        return tr("Reason");
    case ConditionColumn:
        return tr("Posts");
    case PostsColumn:
        return tr("At / on event");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void PendingModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new PendingEntriesJob(m_client, m_memberId, cursor, pageSize(), this), generation,
                    [this](const PendingEntriesJob &page) {
                        const QList<PendingEntry> entries = page.items();
                        if (entries.isEmpty())
                            return;
                        beginInsertRows({}, int(m_entries.size()),
                                        int(m_entries.size() + entries.size()) - 1);
                        m_entries.append(entries);
                        endInsertRows();
                    });
}

void PendingModel::requestCachePage(int, int generation)
{
    pageFailed(generation, tr("Pending points are shown only while the server can be reached."));
}

} // namespace loyalty
