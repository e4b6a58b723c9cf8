#include "server/StockService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/ItemService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace loyalty::server {

namespace {
constexpr auto kMovementColumns =
    "id, item_id, kind, delta, quantity_after, reason, redemption_id, actor, created_at";

StockMovement readMovement(const QSqlQuery &query)
{
    StockMovement movement;
    movement.id = query.value(0).toLongLong();
    movement.itemId = query.value(1).toLongLong();
    stockMovementKindFromString(query.value(2).toString(), &movement.kind);
    movement.delta = query.value(3).toLongLong();
    movement.quantityAfter = query.value(4).toLongLong();
    movement.reason = query.value(5).toString();
    movement.redemptionId = query.value(6).toLongLong();
    movement.actor = query.value(7).toString();
    movement.createdAt = Database::timeFromMs(query.value(8));
    return movement;
}

// The item's stock now, or nullopt for an unknown item (-1 on a database error).
std::optional<qint64> currentStock(qint64 itemId, bool *failed)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT stock FROM items WHERE id = ?"));
    query.bindValue(0, itemId);
    *failed = !Database::exec(query);
    if (*failed || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

ServiceError stockNegative(qint64 stock)
{
    return {422,
            QStringLiteral("stock_negative"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "The stock cannot go below zero: %1 in stock."),
            {QString::number(stock)},
            QStringLiteral("delta")};
}
} // namespace

ServiceError StockService::outOfStock(qint64 left, qint64 wanted)
{
    return {422,
            QStringLiteral("out_of_stock"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "Out of stock: %1 left, %2 asked for."),
            {QString::number(left), QString::number(wanted)},
            {}};
}

Outcome<StockMovement> StockService::move(qint64 itemId, StockMovementKind kind, qint64 delta,
                                          const QString &reason, qint64 redemptionId, const QString &actor,
                                          Shortfall shortfall)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The guard is in the UPDATE itself: under the write lock nothing else moves the count between
    // the check and the change (and the CHECK on items.stock is the last line behind it).
    QSqlQuery &update =
        Database::prepared(QStringLiteral("UPDATE items SET stock = stock + ?, updated_at = ? WHERE id = ? "
                                          "AND stock + ? >= 0 RETURNING stock"));
    update.bindValue(0, delta);
    update.bindValue(1, now);
    update.bindValue(2, itemId);
    update.bindValue(3, delta);
    if (!Database::exec(update))
        return ServiceError::internal();
    const bool moved = update.next();
    const qint64 after = moved ? update.value(0).toLongLong() : 0;
    update.finish();
    if (!moved) {
        bool failed = false;
        const std::optional<qint64> stock = currentStock(itemId, &failed);
        if (failed)
            return ServiceError::internal();
        if (!stock)
            return ServiceError::notFound();
        return shortfall == Shortfall::OutOfStock ? outOfStock(*stock, -delta) : stockNegative(*stock);
    }

    StockMovement movement;
    movement.itemId = itemId;
    movement.kind = kind;
    movement.delta = delta;
    movement.quantityAfter = after;
    movement.reason = reason;
    movement.redemptionId = redemptionId;
    movement.actor = actor;
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

Outcome<WriteResult> StockService::change(const StockCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<StockMovement> moved =
            move(command.itemId, command.request.kind, command.request.delta,
                 command.request.reason.trimmed(), 0, command.actor.username);
        if (!moved.ok())
            return moved.error();
        const StockMovement &movement = moved.value();
        const Outcome<MallItem> item = ItemService::find(command.itemId);
        if (!item.ok())
            return item.error();

        AuditRecord audit;
        audit.actorId = command.actor.id;
        audit.actorName = command.actor.username;
        audit.clientAddress = command.clientAddress;
        audit.action = QStringLiteral("item.stock");
        audit.entity = QStringLiteral("item");
        audit.entityId = QString::number(command.itemId);
        audit.before = {{QStringLiteral("stock"), movement.quantityAfter - movement.delta}};
        audit.after = {{QStringLiteral("stock"), movement.quantityAfter},
                       {QStringLiteral("movementId"), movement.id},
                       {QStringLiteral("kind"), stockMovementKindToString(movement.kind)},
                       {QStringLiteral("delta"), movement.delta},
                       {QStringLiteral("reason"), movement.reason}};
        if (!AuditLog::record(audit))
            return ServiceError::internal();
        const QJsonObject answer{
            {QStringLiteral("movement"), movement.toJson()},
            {QStringLiteral("item"), item.value().toJson(QDateTime::currentDateTimeUtc())}};
        return WriteResult{201, QJsonDocument(answer).toJson(QJsonDocument::Compact), false};
    });
}

Outcome<StockMovementPage> StockService::movements(qint64 itemId, int limit,
                                                   const std::optional<PageCursor> &before)
{
    bool failed = false;
    if (!currentStock(itemId, &failed))
        return failed ? ServiceError::internal() : ServiceError::notFound();
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM stock_movements WHERE item_id = ? AND id < ? "
                                 "ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(kMovementColumns)));
    query.bindValue(0, itemId);
    query.bindValue(1, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(2, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<StockMovement>(query, limit, readMovement);
}

} // namespace loyalty::server
