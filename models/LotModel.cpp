#include "models/LotModel.h"

#include "client/LotsJob.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loyalty {

LotModel::LotModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void LotModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

int LotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lots.size());
}

int LotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lot &lot = m_lots.at(index.row());
    const bool soon =
        lot.status == Lot::Status::Open && lot.expiresAt <= QDateTime::currentDateTimeUtc().addDays(30);
    if (role == Qt::ForegroundRole) {
        if (lot.status != Lot::Status::Open)
            return QBrush(QColor(0x88, 0x88, 0x88));
        return soon ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b))) : QVariant();
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == AmountColumn || index.column() == RemainingColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case EarnedColumn:
        return locale.toString(lot.earnedAt.toLocalTime().date(), QLocale::ShortFormat);
    case AmountColumn:
        return locale.toString(lot.amount);
    case RemainingColumn:
        return locale.toString(lot.remaining);
    case ExpiresColumn:
        return locale.toString(lot.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
    case StatusColumn:
        switch (lot.status) {
        case Lot::Status::Used:
            return tr("Used up");
        case Lot::Status::Expired:
            return tr("Expired");
        case Lot::Status::Open:
            return soon ? tr("Expires within 30 days") : tr("Open");
        }
        return {};
    default:
        return {};
    }
}

QVariant LotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EarnedColumn:
        return tr("Earned");
    case AmountColumn:
        return tr("Points");
    case RemainingColumn:
        return tr("Left");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void LotModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new LotsJob(m_client, m_memberId, cursor, pageSize(), this), generation,
                    [this](const LotsJob &page) {
                        const QList<Lot> lots = page.items();
                        if (lots.isEmpty())
                            return;
                        beginInsertRows({}, int(m_lots.size()), int(m_lots.size() + lots.size()) - 1);
                        m_lots.append(lots);
                        endInsertRows();
                    });
}

void LotModel::requestCachePage(int, int generation)
{
    pageFailed(generation, tr("Expiry lots are shown only while the server can be reached."));
}

} // namespace loyalty
