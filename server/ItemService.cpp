#include "server/ItemService.h"

#include "core/IsoTime.h"
#include "core/StockChangeRequest.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/StockService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace loyalty::server {

namespace {
constexpr auto kSelect = "SELECT i.id, i.name, i.description, i.category, i.points_price, i.cash_price, "
                         "i.tier_prices_json, i.min_tier_rank, i.per_member_limit, i.period_limit_count, "
                         "i.period_limit_period, i.status, i.shelf_from, i.shelf_until, "
                         "i.low_stock_threshold, i.stock, i.version, i.created_at, i.updated_at, "
                         "img.sha256, img.content_type, img.size "
                         "FROM items i LEFT JOIN item_images img ON img.id = i.image_id ";

// The fields only the server sets: a client's values for them are ignored, as are the derived ones.
const QStringList &serverKeys()
{
    static const QStringList keys{QStringLiteral("id"),        QStringLiteral("stock"),
                                  QStringLiteral("version"),   QStringLiteral("image"),
                                  QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                                  QStringLiteral("lowStock"),  QStringLiteral("onShelf"),
                                  QStringLiteral("priceBand"), QStringLiteral("initialStock")};
    return keys;
}

MallItem readItem(const QSqlQuery &query)
{
    MallItem item;
    item.id = query.value(0).toLongLong();
    item.name = query.value(1).toString();
    item.description = query.value(2).toString();
    itemCategoryFromString(query.value(3).toString(), &item.category);
    item.pointsPrice = query.value(4).toLongLong();
    item.cashPrice = query.value(5).toLongLong();
    const QJsonArray prices = QJsonDocument::fromJson(query.value(6).toByteArray()).array();
    for (const QJsonValue &price : prices) {
        const QJsonObject object = price.toObject();
        item.tierPrices.append({object.value(QStringLiteral("rank")).toInt(),
                                object.value(QStringLiteral("points")).toInteger()});
    }
    item.minTierRank = query.value(7).toInt();
    item.perMemberLimit = query.value(8).toInt();
    item.periodLimit.count = query.value(9).toInt();
    mallItemPeriodFromString(query.value(10).toString(), &item.periodLimit.period);
    item.status =
        query.value(11).toString() == QLatin1String("on") ? MallItem::Status::On : MallItem::Status::Off;
    item.shelfFrom = Database::timeFromMs(query.value(12));
    item.shelfUntil = Database::timeFromMs(query.value(13));
    item.lowStockThreshold = query.value(14).toInt();
    item.stock = query.value(15).toLongLong();
    item.version = query.value(16).toLongLong();
    item.createdAt = Database::timeFromMs(query.value(17));
    item.updatedAt = Database::timeFromMs(query.value(18));
    if (!query.value(19).isNull())
        item.image = ItemImage{ItemImage::tagFor(query.value(19).toString()), query.value(20).toString(),
                               query.value(21).toLongLong()};
    return item;
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString tierPricesJson(const MallItem &item)
{
    QJsonArray prices;
    for (const MallItem::TierPrice &price : item.tierPrices)
        prices.append(
            QJsonObject{{QStringLiteral("rank"), price.rank}, {QStringLiteral("points"), price.points}});
    return QString::fromUtf8(QJsonDocument(prices).toJson(QJsonDocument::Compact));
}

// The editable columns, in the order both the insert and the update list them.
constexpr auto kEditableColumns = "name, description, category, points_price, cash_price, tier_prices_json, "
                                  "min_tier_rank, per_member_limit, period_limit_count, "
                                  "period_limit_period, status, shelf_from, shelf_until, low_stock_threshold";

QVariantList editableValues(const MallItem &item)
{
    return {item.name.trimmed(),
            Database::text(item.description),
            itemCategoryToString(item.category),
            item.pointsPrice,
            item.cashPrice,
            tierPricesJson(item),
            item.minTierRank,
            item.perMemberLimit,
            item.periodLimit.count,
            mallItemPeriodToString(item.periodLimit.period),
            item.status == MallItem::Status::On ? QStringLiteral("on") : QStringLiteral("off"),
            timeOrNull(item.shelfFrom),
            timeOrNull(item.shelfUntil),
            item.lowStockThreshold};
}

bool execWith(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    return Database::exec(query);
}

ServiceError staleVersion()
{
    ServiceError stale = ServiceError::conflict(
        "stale_version", QT_TRANSLATE_NOOP("Server", "Someone changed this item after you opened it. Reload "
                                                     "it to see their changes, then make yours again."));
    stale.field = QStringLiteral("version");
    return stale;
}

// initialStock: a whole number from 0 to StockChangeRequest's largest change; absent is 0.
std::optional<Violation> readInitialStock(const QJsonObject &body, qint64 *stock)
{
    const QJsonValue value = body.value(QStringLiteral("initialStock"));
    *stock = 0;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()) ||
        value.toInteger() < 0 || value.toInteger() > StockChangeRequest::kMaxAbsDelta)
        return Violation{
            QStringLiteral("initialStock"), QStringLiteral("initial_stock_invalid"),
            QT_TRANSLATE_NOOP("Validation", "The initial stock must be a whole number from 0 to 1,000,000.")};
    *stock = value.toInteger();
    return std::nullopt;
}

AuditRecord auditOf(const UserInfo &actor, const QString &clientAddress, const char *action, qint64 itemId)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QString::fromLatin1(action);
    audit.entity = QStringLiteral("item");
    audit.entityId = QString::number(itemId);
    return audit;
}

// What an editor can change, as JSON (for the audit's before/after).
QJsonObject editableJson(const MallItem &item)
{
    QJsonObject json = item.toJson();
    for (const QString &key : serverKeys())
        json.remove(key);
    return json;
}
} // namespace

std::optional<ServiceError> ItemListFilter::fromQuery(const QUrlQuery &query, ItemListFilter *filter)
{
    const auto value = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    if (const QString category = value("category"); !category.isEmpty()) {
        ItemCategory parsed{};
        if (!itemCategoryFromString(category, &parsed))
            return ServiceError::validation(
                QStringLiteral("category"),
                QT_TRANSLATE_NOOP("Server", "The category must be one of coupon, virtualRight, physicalGift, "
                                            "service, lottery, charity."));
        filter->category = parsed;
    }
    if (const QString band = value("band"); !band.isEmpty()) {
        PriceBand parsed{};
        if (!priceBandFromString(band, &parsed))
            return ServiceError::validation(
                QStringLiteral("band"),
                QT_TRANSLATE_NOOP("Server", "The price band must be low, mid or high."));
        filter->band = parsed;
    }
    if (const QString shelf = value("shelf"); !shelf.isEmpty()) {
        if (shelf == QLatin1String("on"))
            filter->shelf = Shelf::On;
        else if (shelf == QLatin1String("off"))
            filter->shelf = Shelf::Off;
        else if (shelf == QLatin1String("onShelf"))
            filter->shelf = Shelf::OnShelf;
        else
            return ServiceError::validation(
                QStringLiteral("shelf"),
                QT_TRANSLATE_NOOP("Server", "The shelf filter must be on, off or onShelf."));
    }
    if (const QString low = value("lowStock"); !low.isEmpty()) {
        if (low != QLatin1String("true") && low != QLatin1String("false"))
            return ServiceError::validation(QStringLiteral("lowStock"),
                                            QT_TRANSLATE_NOOP("Server", "lowStock must be true or false."));
        filter->lowStockOnly = low == QLatin1String("true");
    }
    filter->nameContains = value("q");
    if (filter->nameContains.size() > MallItem::kMaxNameLength)
        return ServiceError::validation(
            QStringLiteral("q"), QT_TRANSLATE_NOOP("Server", "Search for at most 60 characters of a name."));
    return std::nullopt;
}

Outcome<ItemPage> ItemService::list(const ItemListFilter &filter, int limit,
                                    const std::optional<PageCursor> &after)
{
    // Newest first down the primary key; the filters only drop rows on the way (the catalogue is small).
    QString where = QStringLiteral("i.id < ?");
    QVariantList binds{after ? after->id : std::numeric_limits<qint64>::max()};
    if (filter.category) {
        where += QStringLiteral(" AND i.category = ?");
        binds.append(itemCategoryToString(*filter.category));
    }
    if (filter.band) {
        // PriceBand's edges: low below 1,000, mid below 10,000, high from there.
        switch (*filter.band) {
        case PriceBand::Low:
            where += QStringLiteral(" AND i.points_price < 1000");
            break;
        case PriceBand::Mid:
            where += QStringLiteral(" AND i.points_price >= 1000 AND i.points_price < 10000");
            break;
        case PriceBand::High:
            where += QStringLiteral(" AND i.points_price >= 10000");
            break;
        }
    }
    switch (filter.shelf) {
    case ItemListFilter::Shelf::Any:
        break;
    case ItemListFilter::Shelf::On:
        where += QStringLiteral(" AND i.status = 'on'");
        break;
    case ItemListFilter::Shelf::Off:
        where += QStringLiteral(" AND i.status = 'off'");
        break;
    case ItemListFilter::Shelf::OnShelf: {
        // MallItem::isOnShelf: switched on, from inclusive, until exclusive.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        where += QStringLiteral(" AND i.status = 'on' AND (i.shelf_from IS NULL OR i.shelf_from <= ?) "
                                "AND (i.shelf_until IS NULL OR i.shelf_until > ?)");
        binds << now << now;
        break;
    }
    }
    if (filter.lowStockOnly)
        where += QStringLiteral(" AND i.stock <= i.low_stock_threshold");
    if (!filter.nameContains.isEmpty()) {
        QString pattern = filter.nameContains;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where += QStringLiteral(" AND i.name LIKE ? ESCAPE '\\'");
        binds.append(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    binds.append(limit + 1);
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE %1 ORDER BY i.id DESC LIMIT ?").arg(where));
    if (!execWith(query, binds))
        return ServiceError::internal();
    return readIdPage<MallItem>(query, limit, readItem);
}

Outcome<MallItem> ItemService::find(qint64 id)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE i.id = ?"));
    if (!execWith(query, {id}))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return readItem(query);
}

ServiceError ItemService::invalid(const QList<Violation> &violations)
{
    ServiceError error = ServiceError::fromViolation(violations.constFirst());
    error.violations = violations;
    return error;
}

Outcome<qint64> ItemService::insert(const MallItem &item, qint64 createdAtMs)
{
    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral("INSERT INTO items (%1, stock, version, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?)")
                       .arg(QLatin1String(kEditableColumns)));
    if (!execWith(insert, editableValues(item) << createdAtMs << createdAtMs))
        return ServiceError::internal();
    return insert.lastInsertId().toLongLong();
}

Outcome<WriteResult> ItemService::create(const ItemCreateCommand &command)
{
    QJsonObject fields = command.body;
    for (const QString &key : serverKeys())
        fields.remove(key);
    MallItem item;
    if (const std::optional<Violation> broken = MallItem::fromJson(fields, &item))
        return invalid({*broken});
    QList<Violation> violations = item.validate();
    qint64 initialStock = 0;
    if (const std::optional<Violation> broken = readInitialStock(command.body, &initialStock))
        violations.append(*broken);
    if (!violations.isEmpty())
        return invalid(violations);

    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<qint64> inserted = insert(item, QDateTime::currentMSecsSinceEpoch());
        if (!inserted.ok())
            return inserted.error();
        const qint64 id = inserted.value();
        if (initialStock > 0) {
            const Outcome<StockMovement> moved =
                StockService::move(id, StockMovementKind::Inbound, initialStock,
                                   QStringLiteral("initial stock"), 0, command.actor.username);
            if (!moved.ok())
                return moved.error();
        }
        const Outcome<MallItem> created = find(id);
        if (!created.ok())
            return created.error();
        AuditRecord audit = auditOf(command.actor, command.clientAddress, "item.create", id);
        audit.after = editableJson(created.value());
        audit.after.insert(QStringLiteral("stock"), created.value().stock);
        if (!AuditLog::record(audit))
            return ServiceError::internal();
        const QJsonObject answer = created.value().toJson(QDateTime::currentDateTimeUtc());
        return WriteResult{201, QJsonDocument(answer).toJson(QJsonDocument::Compact), false};
    });
}

Outcome<MallItem> ItemService::update(const UserInfo &actor, const QString &clientAddress, qint64 id,
                                      qint64 version, const QJsonObject &changes)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<MallItem> current = find(id);
    if (!current.ok())
        return current.error();
    if (current.value().version != version)
        return staleVersion();

    QJsonObject merged = current.value().toJson();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!serverKeys().contains(it.key()))
            merged.insert(it.key(), it.value());
    }
    MallItem edited;
    if (const std::optional<Violation> broken = MallItem::fromJson(merged, &edited))
        return invalid({*broken});
    if (const QList<Violation> violations = edited.validate(); !violations.isEmpty())
        return invalid(violations);
    edited.name = edited.name.trimmed();

    const QJsonObject before = editableJson(current.value());
    const QJsonObject after = editableJson(edited);
    if (before == after)
        return current;

    QSqlQuery update(Database::connection());
    QStringList assignments;
    for (const QString &column : QString::fromLatin1(kEditableColumns).split(QStringLiteral(", ")))
        assignments.append(column + QStringLiteral(" = ?"));
    update.prepare(QStringLiteral("UPDATE items SET %1, version = version + 1, updated_at = ? "
                                  "WHERE id = ? AND version = ?")
                       .arg(assignments.join(QStringLiteral(", "))));
    if (!execWith(update, editableValues(edited) << QDateTime::currentMSecsSinceEpoch() << id << version))
        return ServiceError::internal();
    if (update.numRowsAffected() != 1)
        return staleVersion();

    // Only what changed, and the version it moved from and to.
    AuditRecord audit = auditOf(actor, clientAddress, "item.update", id);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            audit.before.insert(it.key(), before.value(it.key()));
            audit.after.insert(it.key(), it.value());
        }
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key())) { // a schedule edge removed
            audit.before.insert(it.key(), it.value());
            audit.after.insert(it.key(), QJsonValue());
        }
    }
    audit.before.insert(QStringLiteral("version"), version);
    audit.after.insert(QStringLiteral("version"), version + 1);
    const Outcome<MallItem> updated = find(id);
    if (!updated.ok())
        return updated.error();
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return updated;
}

} // namespace loyalty::server
