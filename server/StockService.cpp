#include "server/StockService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/ItemService.h"
#include "server/Transaction.h"

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

Outcome<StockMovement> StockService::move(qint64 itemId, StockMovementKind kind, qint64 delta,
                                          const QString &reason, qint64 redemptionId, const QString &actor)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    bool failed = false;
    const std::optional<qint64> stock = currentStock(itemId, &failed);
    if (failed)
        return ServiceError::internal();
    if (!stock)
        return ServiceError::notFound();
    if (*stock + delta < 0)
        return stockNegative(*stock);

    StockMovement movement;
    movement.itemId = itemId;
    movement.kind = kind;
    movement.delta = delta;
    movement.quantityAfter = *stock + delta;
    movement.reason = reason;
    movement.redemptionId = redemptionId;
    movement.actor = actor;
    movement.createdAt =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::utc());
    const qint64 now = movement.createdAt.toMSecsSinceEpoch();

    // The write lock is held (BEGIN IMMEDIATE), so the count read above is the one updated here.
    QSqlQuery update(Database::connection());
    update.prepare(QStringLiteral("UPDATE items SET stock = ?, updated_at = ? WHERE id = ?"));
    update.bindValue(0, movement.quantityAfter);
    update.bindValue(1, now);
    update.bindValue(2, itemId);
    if (!Database::exec(update))
        return ServiceError::internal();
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO stock_movements (item_id, kind, delta, quantity_after, reason, "
                       "redemption_id, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, itemId);
    insert.bindValue(1, stockMovementKindToString(kind));
    insert.bindValue(2, delta);
    insert.bindValue(3, movement.quantityAfter);
    insert.bindValue(4, Database::text(reason));
    insert.bindValue(5, redemptionId > 0 ? QVariant(redemptionId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(6, Database::text(actor));
    insert.bindValue(7, now);
    if (!Database::exec(insert))
        return ServiceError::internal();
    movement.id = insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return ServiceError::internal();
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
