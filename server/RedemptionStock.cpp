#include "server/RedemptionStock.h"

#include "server/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace loyalty::server {

ServiceError RedemptionStock::outOfStock(qint64 left, qint64 wanted)
{
    return {422,
            QStringLiteral("out_of_stock"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "Out of stock: %1 left, %2 asked for."),
            {QString::number(left), QString::number(wanted)},
            {}};
}

Outcome<StockMovement> RedemptionStock::move(qint64 itemId, StockMovementKind kind, qint64 delta,
                                             const QString &reason, qint64 redemptionId, const QString &actor)
{
    // The guard is in the UPDATE itself: under the write lock nothing else moves the count between
    // the check and the change (and the CHECK on items.stock is the last line behind it).
    QSqlQuery &update = Database::prepared(
        QStringLiteral("UPDATE items SET stock = stock + ? WHERE id = ? AND stock + ? >= 0 RETURNING stock"));
    update.bindValue(0, delta);
    update.bindValue(1, itemId);
    update.bindValue(2, delta);
    if (!Database::exec(update))
        return ServiceError::internal();
    const bool moved = update.next();
    const qint64 after = moved ? update.value(0).toLongLong() : 0;
    update.finish();
    if (!moved) {
        QSqlQuery &stock = Database::prepared(QStringLiteral("SELECT stock FROM items WHERE id = ?"));
        stock.bindValue(0, itemId);
        if (!Database::exec(stock))
            return ServiceError::internal();
        const bool exists = stock.next();
        const qint64 left = exists ? stock.value(0).toLongLong() : 0;
        stock.finish();
        if (!exists)
            return ServiceError::notFound();
        return outOfStock(left, -delta);
    }

    StockMovement movement;
    movement.itemId = itemId;
    movement.kind = kind;
    movement.delta = delta;
    movement.quantityAfter = after;
    movement.reason = reason;
    movement.redemptionId = redemptionId;
    movement.actor = actor;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    movement.createdAt = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    QSqlQuery &insert = Database::prepared(
        QStringLiteral("INSERT INTO stock_movements (item_id, kind, delta, quantity_after, reason, "
                       "redemption_id, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, itemId);
    insert.bindValue(1, stockMovementKindToString(kind));
    insert.bindValue(2, delta);
    insert.bindValue(3, after);
    insert.bindValue(4, Database::text(reason));
    insert.bindValue(5, redemptionId > 0 ? QVariant(redemptionId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(6, Database::text(actor));
    insert.bindValue(7, now);
    if (!Database::exec(insert))
        return ServiceError::internal();
    movement.id = insert.lastInsertId().toLongLong();
    return movement;
}

} // namespace loyalty::server
