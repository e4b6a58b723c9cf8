#include "models/StockMovementModel.h"

#include "client/StockMovementsJob.h"
#include "models/MallText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace loyalty {

StockMovementModel::StockMovementModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void StockMovementModel::setItemId(qint64 itemId)
{
    m_itemId = itemId;
    reload();
}

int StockMovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_movements.size());
}

int StockMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StockMovementModel::displayText(const StockMovement &movement, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return MallText::time(movement.createdAt);
    case KindColumn:
        return MallText::movementKind(movement.kind);
    case DeltaColumn:
        return movement.delta > 0 ? QStringLiteral("+") + locale.toString(movement.delta)
                                  : locale.toString(movement.delta);
    case AfterColumn:
        return locale.toString(movement.quantityAfter);
    case ReasonColumn:
        return movement.reason;
    case RedemptionColumn:
        return movement.redemptionId > 0 ? tr("#%1").arg(movement.redemptionId) : QString();
    case ActorColumn:
        return movement.actor;
    default:
        return {};
    }
}

QVariant StockMovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockMovement &movement = m_movements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(movement, index.column());
    case MovementIdRole:
        return movement.id;
    case DeltaRole:
        return movement.delta;
    case Qt::TextAlignmentRole:
        if (index.column() == DeltaColumn || index.column() == AfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DeltaColumn && movement.delta != 0)
            return QBrush(movement.delta < 0 ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1e, 0x84, 0x49));
        return {};
    default:
        return {};
    }
}

QVariant StockMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case DeltaColumn:
        return tr("Change");
    case AfterColumn:
        return tr("Stock after");
    case ReasonColumn:
        return tr("Reason");
    case RedemptionColumn:
        return tr("Redemption");
    case ActorColumn:
        return tr("By");
    default:
        return {};
    }
}

void StockMovementModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new StockMovementsJob(m_client, m_itemId, cursor, pageSize(), this), generation,
                    [this](const StockMovementsJob &page) {
                        const QList<StockMovement> movements = page.movements();
                        if (movements.isEmpty())
                            return;
                        beginInsertRows({}, int(m_movements.size()),
                                        int(m_movements.size() + movements.size()) - 1);
                        m_movements.append(movements);
                        endInsertRows();
                    });
}

void StockMovementModel::requestCachePage(int, int generation)
{
    pageFailed(generation, tr("The server cannot be reached; stock history is not kept on this computer."));
}

} // namespace loyalty
