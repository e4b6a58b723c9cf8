#include "models/RedemptionModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loyalty {

RedemptionModel::RedemptionModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void RedemptionModel::setFilter(const RedemptionsJob::Filter &filter)
{
    m_filter = filter;
    m_hasFilter = true;
    reload();
}

int RedemptionModel::rowOfRedemption(qint64 redemptionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id() == redemptionId)
            return row;
    }
    return -1;
}

void RedemptionModel::updateRedemption(const RedemptionRecord &record)
{
    const int row = rowOfRedemption(record.id());
    if (row < 0)
        return;
    RedemptionRecord kept = record;
    kept.detailed = false;
    kept.timeline.clear();
    kept.cases.clear();
    m_rows[row] = kept;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RedemptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RedemptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RedemptionModel::statusText(RedemptionStatus status)
{
    switch (status) {
    case RedemptionStatus::Placed:
        return tr("Placed");
    case RedemptionStatus::Fulfilled:
        return tr("Fulfilled");
    case RedemptionStatus::Shipped:
        return tr("Shipped");
    case RedemptionStatus::Completed:
        return tr("Completed");
    case RedemptionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString RedemptionModel::memberText(const RedemptionRecord &record)
{
    if (record.memberName.isEmpty())
        return record.memberNo;
    //: A member's number and (masked) name, e.g. "8800000001 (张*)"
    return tr("%1 (%2)").arg(record.memberNo, record.memberName);
}

QString RedemptionModel::cashText(qint64 fen)
{
    if (fen == 0)
        return {};
    //: An amount of money in yuan, e.g. "¥12.50"
    return tr("¥%1").arg(QLocale().toString(double(fen) / 100.0, 'f', 2));
}

QVariant RedemptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RedemptionRecord &record = m_rows.at(index.row());
    const Redemption &redemption = record.redemption;
    switch (role) {
    case RedemptionIdRole:
        return redemption.id;
    case MemberIdRole:
        return redemption.memberId;
    case ItemIdRole:
        return redemption.itemId;
    case StatusRole:
        return int(redemption.status);
    case PlacedAtRole:
        return redemption.placedAt;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return redemption.id;
        case PlacedAtColumn:
            return redemption.placedAt;
        case QuantityColumn:
            return redemption.quantity;
        case PointsColumn:
            return redemption.points;
        case CashColumn:
            return redemption.cash;
        case OpenCasesColumn:
            return record.openCases;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case QuantityColumn:
        case PointsColumn:
        case CashColumn:
        case OpenCasesColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && redemption.status == RedemptionStatus::Cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == OpenCasesColumn && record.openCases > 0)
            return QBrush(QColor(0xc0, 0x39, 0x2b)); // an open complaint wants attention
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PlacedAtColumn)
            return QLocale().toString(redemption.placedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == MemberColumn)
            return tr("Double-click to open this member");
        if (index.column() == ItemColumn)
            break;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return QString::number(redemption.id);
    case PlacedAtColumn:
        return QLocale().toString(redemption.placedAt.toLocalTime(), QLocale::ShortFormat);
    case MemberColumn:
        return memberText(record);
    case ItemColumn:
        return record.itemName.isEmpty() ? tr("Item %1").arg(redemption.itemId) : record.itemName;
    case QuantityColumn:
        return QLocale().toString(redemption.quantity);
    case PointsColumn:
        return QLocale().toString(redemption.points);
    case CashColumn:
        return cashText(redemption.cash);
    case StatusColumn:
        return statusText(redemption.status);
    case OpenCasesColumn:
        return record.openCases > 0 ? QLocale().toString(record.openCases) : QString();
    default:
        return {};
    }
}

QVariant RedemptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case IdColumn:
        case QuantityColumn:
        case PointsColumn:
        case CashColumn:
        case OpenCasesColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == OpenCasesColumn)
        return tr("Open after-sales cases");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        //: Column: the redemption's number
        return tr("No.");
    case PlacedAtColumn:
        return tr("Placed at");
    case MemberColumn:
        return tr("Member");
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        //: Column: how many units were redeemed
        return tr("Qty");
    case PointsColumn:
        return tr("Points");
    case CashColumn:
        return tr("Cash");
    case StatusColumn:
        return tr("Status");
    case OpenCasesColumn:
        //: Column: how many after-sales cases of the redemption are open
        return tr("Cases");
    default:
        return {};
    }
}

void RedemptionModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new RedemptionsJob(m_client, m_filter, cursor, pageSize(), this), generation,
                    [this](const RedemptionsJob &page) { appendRows(page.redemptions()); });
}

void RedemptionModel::requestCachePage(int, int generation)
{
    // Handling a redemption needs the server, and no copy of the queue is kept on this computer.
    pageFailed(generation, tr("The redemption queue needs a connection to the server; it is not kept for "
                              "offline work."));
}

void RedemptionModel::appendRows(const QList<RedemptionRecord> &records)
{
    if (records.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + records.size()) - 1);
    m_rows.append(records);
    endInsertRows();
}

} // namespace loyalty
