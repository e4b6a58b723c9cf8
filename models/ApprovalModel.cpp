#include "models/ApprovalModel.h"

#include "client/ApprovalsJob.h"
#include "core/LedgerReason.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loyalty {

ApprovalModel::ApprovalModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void ApprovalModel::setStatus(Approval::Status status)
{
    m_status = status;
    m_hasStatus = true;
    reload();
}

int ApprovalModel::rowOfApproval(qint64 approvalId) const
{
    for (int row = 0; row < m_approvals.size(); ++row) {
        if (m_approvals.at(row).id == approvalId)
            return row;
    }
    return -1;
}

int ApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_approvals.size());
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalModel::statusText(Approval::Status status)
{
    switch (status) {
    case Approval::Status::Pending:
        return tr("Pending");
    case Approval::Status::Approved:
        return tr("Approved");
    case Approval::Status::Rejected:
        return tr("Rejected");
    case Approval::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ApprovalModel::amountText(qint64 amount)
{
    const QString number = QLocale().toString(amount);
    return amount > 0 ? QStringLiteral("+") + number : number;
}

QString ApprovalModel::memberText(const Approval &approval)
{
    if (approval.memberName.isEmpty())
        return approval.memberNo;
    //: A member's name and member number, e.g. "张三 (M000123)"
    return tr("%1 (%2)").arg(approval.memberName, approval.memberNo);
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Approval &approval = m_approvals.at(index.row());
    switch (role) {
    case ApprovalIdRole:
        return approval.id;
    case MemberIdRole:
        return approval.memberId;
    case AmountRole:
        return approval.amount;
    case RequestedAtRole:
        return approval.requestedAt;
    case RequestedByIdRole:
        return approval.requestedById;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AmountColumn)
            return QBrush(approval.amount < 0 ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1e, 0x84, 0x49));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RequestedAtColumn)
            return QLocale().toString(approval.requestedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NoteColumn || index.column() == ReasonColumn)
            break; // long texts read whole in the tooltip
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RequestedAtColumn:
        return QLocale().toString(approval.requestedAt.toLocalTime(), QLocale::ShortFormat);
    case MemberColumn:
        return memberText(approval);
    case AmountColumn:
        return amountText(approval.amount);
    case ReasonColumn:
        return LedgerReason::label(approval.reason);
    case NoteColumn:
        return approval.note;
    case RequestedByColumn:
        return approval.requestedBy;
    default:
        return {};
    }
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestedAtColumn:
        return tr("Requested at");
    case MemberColumn:
        return tr("Member");
    case AmountColumn:
        return tr("Points");
    case ReasonColumn:
        return tr("Reason");
    case NoteColumn:
        return tr("Note");
    case RequestedByColumn:
        return tr("Requested by");
    default:
        return {};
    }
}

void ApprovalModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new ApprovalsJob(m_client, m_status, cursor, pageSize(), this), generation,
                    [this](const ApprovalsJob &page) { appendApprovals(page.approvals()); });
}

void ApprovalModel::requestCachePage(int, int generation)
{
    // Deciding needs the server, and no copy of the queue is kept on this computer.
    pageFailed(generation, tr("The approval queue needs a connection to the server; it is not kept for "
                              "offline review."));
}

void ApprovalModel::appendApprovals(const QList<Approval> &approvals)
{
    if (approvals.isEmpty())
        return;
    beginInsertRows({}, int(m_approvals.size()), int(m_approvals.size() + approvals.size()) - 1);
    m_approvals.append(approvals);
    endInsertRows();
}

} // namespace loyalty
