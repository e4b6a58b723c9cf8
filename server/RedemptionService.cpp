#include "server/RedemptionService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/LedgerService.h"
#include "server/StockService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <limits>

namespace loyalty::server {

namespace {
// The member as a redemption needs them: the tier that counts is the manual one while it holds.
const QString kMemberSql = QStringLiteral(
    "SELECT m.status, m.member_no, m.name, m.balance, COALESCE(t.rank, 1) FROM members m "
    "LEFT JOIN tiers t ON t.id = CASE WHEN m.manual_tier_until > ? THEN m.manual_tier_id ELSE m.tier_id END "
    "WHERE m.id = ?");

const QString kItemSql = QStringLiteral(
    "SELECT id, name, category, points_price, cash_price, tier_prices_json, min_tier_rank, per_member_limit, "
    "period_limit_count, period_limit_period, status, shelf_from, shelf_until, stock FROM items WHERE id = "
    "?");

// Units of the item the member holds in redemptions that are not cancelled, placed in [from, to).
const QString kUnitsSql =
    QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM redemptions WHERE member_id = ? AND item_id = ? "
                   "AND placed_at >= ? AND placed_at < ? AND status <> 'cancelled'");

struct MemberFacts
{
    MemberStatus status = MemberStatus::Active;
    QString memberNo;
    QString name;
    qint64 balance = 0;
    int rank = 1;
};

ServiceError refusal(const char *code, const char *sentence, const QStringList &arguments = {})
{
    return {422, QString::fromLatin1(code), "Server", sentence, arguments, {}};
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

Outcome<MemberFacts> readMember(qint64 memberId)
{
    QSqlQuery &query = Database::prepared(kMemberSql);
    query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(1, memberId);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next()) {
        query.finish();
        return ServiceError::notFound();
    }
    MemberFacts facts;
    facts.status = memberStatusFromString(query.value(0).toString());
    facts.memberNo = query.value(1).toString();
    facts.name = query.value(2).toString();
    facts.balance = query.value(3).toLongLong();
    facts.rank = query.value(4).toInt();
    query.finish();
    return facts;
}

Outcome<MallItem> readItem(qint64 itemId)
{
    QSqlQuery &query = Database::prepared(kItemSql);
    query.bindValue(0, itemId);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next()) {
        query.finish();
        return ServiceError::notFound();
    }
    MallItem item;
    item.id = query.value(0).toLongLong();
    item.name = query.value(1).toString();
    itemCategoryFromString(query.value(2).toString(), &item.category);
    item.pointsPrice = query.value(3).toLongLong();
    item.cashPrice = query.value(4).toLongLong();
    const QJsonArray prices = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
    for (const QJsonValue &price : prices) {
        const QJsonObject object = price.toObject();
        item.tierPrices.append({object.value(QStringLiteral("rank")).toInt(),
                                object.value(QStringLiteral("points")).toInteger()});
    }
    item.minTierRank = query.value(6).toInt();
    item.perMemberLimit = query.value(7).toInt();
    item.periodLimit.count = query.value(8).toInt();
    mallItemPeriodFromString(query.value(9).toString(), &item.periodLimit.period);
    item.status =
        query.value(10).toString() == QLatin1String("on") ? MallItem::Status::On : MallItem::Status::Off;
    item.shelfFrom = Database::timeFromMs(query.value(11));
    item.shelfUntil = Database::timeFromMs(query.value(12));
    item.stock = query.value(13).toLongLong();
    query.finish();
    return item;
}

Outcome<qint64> unitsHeld(qint64 memberId, qint64 itemId, qint64 from, qint64 to)
{
    QSqlQuery &query = Database::prepared(kUnitsSql);
    query.bindValue(0, memberId);
    query.bindValue(1, itemId);
    query.bindValue(2, from);
    query.bindValue(3, to);
    if (!Database::exec(query) || !query.next())
        return ServiceError::internal();
    const qint64 units = query.value(0).toLongLong();
    query.finish();
    return units;
}

std::optional<ServiceError> memberInactive(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Frozen:
        return refusal("member_inactive",
                       QT_TRANSLATE_NOOP("Server", "The member is frozen and cannot redeem until support "
                                                   "unfreezes them."));
    case MemberStatus::Blacklisted:
        return refusal("member_inactive",
                       QT_TRANSLATE_NOOP("Server", "The member is blacklisted and excluded from the mall."));
    case MemberStatus::Active:
        break;
    }
    return std::nullopt;
}

// The per-member and per-period limits; nothing when the request fits both (or a database error).
std::optional<ServiceError> limitRefusal(const MallItem &item, qint64 memberId, int quantity,
                                         const QDateTime &at)
{
    if (item.perMemberLimit > 0) {
        const Outcome<qint64> held = unitsHeld(memberId, item.id, 0, std::numeric_limits<qint64>::max());
        if (!held.ok())
            return held.error();
        if (held.value() + quantity > item.perMemberLimit)
            return refusal("limit_reached",
                           QT_TRANSLATE_NOOP("Server", "The limit per member is reached: at most %1 of this "
                                                       "item per member, and the member has %2."),
                           {QString::number(item.perMemberLimit), QString::number(held.value())});
    }
    if (item.periodLimit.count > 0) {
        const auto [from, to] = RedemptionService::periodWindow(item.periodLimit.period, at);
        const Outcome<qint64> held = unitsHeld(memberId, item.id, from, to);
        if (!held.ok())
            return held.error();
        if (held.value() + quantity > item.periodLimit.count) {
            const QStringList arguments{QString::number(item.periodLimit.count),
                                        QString::number(held.value())};
            switch (item.periodLimit.period) {
            case MallItem::Period::Day:
                return refusal("limit_reached",
                               QT_TRANSLATE_NOOP("Server",
                                                 "The daily limit is reached: at most %1 of this item "
                                                 "per member a day (UTC), and the member has %2 today."),
                               arguments);
            case MallItem::Period::Week:
                return refusal("limit_reached",
                               QT_TRANSLATE_NOOP("Server",
                                                 "The weekly limit is reached: at most %1 of this item "
                                                 "per member a week (Monday to Sunday, UTC), and the "
                                                 "member has %2 this week."),
                               arguments);
            case MallItem::Period::Month:
                break;
            }
            return refusal("limit_reached",
                           QT_TRANSLATE_NOOP("Server",
                                             "The monthly limit is reached: at most %1 of this item per "
                                             "member a calendar month (UTC), and the member has %2 this "
                                             "month."),
                           arguments);
        }
    }
    return std::nullopt;
}

ServiceError invalidTransition(RedemptionAction action, const RedemptionView &view)
{
    const QStringList status{redemptionStatusToString(view.status)};
    const bool ships = view.fulfilment() == ItemFulfilment::Ship;
    switch (action) {
    case RedemptionAction::Fulfil:
        if (ships)
            return {409,
                    QStringLiteral("invalid_transition"),
                    "Server",
                    QT_TRANSLATE_NOOP("Server",
                                      "A physical gift is shipped, not fulfilled: ship it with a carrier "
                                      "and a tracking number."),
                    {},
                    {}};
        return {409,
                QStringLiteral("invalid_transition"),
                "Server",
                QT_TRANSLATE_NOOP("Server", "Only a placed redemption can be fulfilled; this one is %1."),
                status,
                {}};
    case RedemptionAction::Ship:
        if (!ships)
            return {409,
                    QStringLiteral("invalid_transition"),
                    "Server",
                    QT_TRANSLATE_NOOP("Server", "Only a physical gift is shipped; this item is fulfilled."),
                    {},
                    {}};
        return {
            409,      QStringLiteral("invalid_transition"),
            "Server", QT_TRANSLATE_NOOP("Server", "Only a placed redemption can be shipped; this one is %1."),
            status,   {}};
    case RedemptionAction::Cancel:
        return {409,
                QStringLiteral("invalid_transition"),
                "Server",
                QT_TRANSLATE_NOOP("Server",
                                  "Only a placed redemption can be cancelled; this one is %1. Open an "
                                  "after-sales case instead."),
                status,
                {}};
    case RedemptionAction::Complete:
    case RedemptionAction::OpenCase:
        break;
    }
    return {409,
            QStringLiteral("invalid_transition"),
            "Server",
            QT_TRANSLATE_NOOP("Server",
                              "Only a fulfilled or shipped redemption can be completed; this one is %1."),
            status,
            {}};
}

WriteResult answer(int status, const RedemptionView &view)
{
    return WriteResult{status, QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact), false};
}

AuditRecord auditOf(const UserInfo &actor, const QString &clientAddress, const QString &action,
                    const RedemptionView &view)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = action;
    audit.entity = QStringLiteral("redemption");
    audit.entityId = QString::number(view.id);
    audit.memberId = view.memberId;
    return audit;
}
} // namespace

std::pair<qint64, qint64> RedemptionService::periodWindow(MallItem::Period period, const QDateTime &at)
{
    const QDate day = at.toUTC().date();
    QDate start = day;
    QDate end = day.addDays(1);
    switch (period) {
    case MallItem::Period::Day:
        break;
    case MallItem::Period::Week:
        start = day.addDays(1 - day.dayOfWeek()); // ISO: Monday is 1
        end = start.addDays(7);
        break;
    case MallItem::Period::Month:
        start = QDate(day.year(), day.month(), 1);
        end = start.addMonths(1);
        break;
    }
    return {QDateTime(start, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
            QDateTime(end, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()};
}

QString RedemptionService::generateCode()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    code.reserve(19);
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]));
    }
    return code;
}

Outcome<qint64> RedemptionService::refundPoints(const RedemptionView &view, const UserInfo &actor,
                                                const QString &note, const QDateTime &at)
{
    if (view.entryId == 0 || view.points == 0)
        return qint64(0);
    LedgerPosting posting;
    posting.kind = LedgerKind::Refund;
    posting.amount = view.points;
    posting.reason = QStringLiteral("redemption");
    posting.note = note;
    posting.actorId = actor.id;
    posting.actor = actor.username;
    posting.source = QStringLiteral("redemption");
    posting.createdAt = at;
    posting.reversesEntryId = view.entryId; // back to the lots the spend took them from
    LedgerService ledger;
    const Outcome<PostedEntries> posted = ledger.post(view.memberId, {posting});
    if (!posted.ok())
        return posted.error();
    return posted.value().entries.constFirst().id;
}

std::optional<ServiceError> RedemptionService::save(const RedemptionView &view, RedemptionStatus from)
{
    QSqlQuery &update = Database::prepared(QStringLiteral(
        "UPDATE redemptions SET status = ?, code = ?, carrier = ?, tracking_number = ?, fulfilled_at = ?, "
        "shipped_at = ?, completed_at = ?, cancelled_at = ?, cancel_reason = ?, updated_at = ? "
        "WHERE id = ? AND status = ?"));
    update.bindValue(0, redemptionStatusToString(view.status));
    update.bindValue(1, Database::text(view.code));
    update.bindValue(2, Database::text(view.carrier));
    update.bindValue(3, Database::text(view.trackingNumber));
    update.bindValue(4, msOrNull(view.fulfilledAt));
    update.bindValue(5, msOrNull(view.shippedAt));
    update.bindValue(6, msOrNull(view.completedAt));
    update.bindValue(7, msOrNull(view.cancelledAt));
    update.bindValue(8, Database::text(view.cancelReason));
    update.bindValue(9, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(10, view.id);
    update.bindValue(11, redemptionStatusToString(from));
    if (!Database::exec(update))
        return ServiceError::internal();
    if (update.numRowsAffected() != 1)
        return ServiceError::conflict(
            "invalid_transition",
            QT_TRANSLATE_NOOP("Server", "The redemption changed meanwhile; reload it."));
    return std::nullopt;
}

Outcome<RedemptionView> RedemptionService::placeIn(const PlaceCommand &command)
{
    const RedemptionRequest &request = command.request;
    const QDateTime at = command.at.isValid() ? command.at.toUTC() : QDateTime::currentDateTimeUtc();

    const Outcome<MemberFacts> member = readMember(request.memberId);
    if (!member.ok())
        return member.error();
    if (auto inactive = memberInactive(member.value().status))
        return *inactive;
    const Outcome<MallItem> found = readItem(request.itemId);
    if (!found.ok())
        return found.error();
    const MallItem &item = found.value();
    if (!item.isOnShelf(at))
        return refusal("off_shelf", QT_TRANSLATE_NOOP("Server", "This item is not on the shelf now."));
    const int rank = member.value().rank;
    if (!item.isAvailableToRank(rank))
        return refusal("tier_too_low",
                       QT_TRANSLATE_NOOP("Server",
                                         "This item is for tier rank %1 and above; the member's tier "
                                         "is rank %2."),
                       {QString::number(item.minTierRank), QString::number(rank)});
    if (item.stock < request.quantity)
        return StockService::outOfStock(item.stock, request.quantity);
    if (auto limit = limitRefusal(item, request.memberId, request.quantity, at))
        return *limit;
    const qint64 points = item.pointsPriceFor(rank) * request.quantity;
    const qint64 cash = item.cashPrice * request.quantity;
    if (member.value().balance < points)
        return ServiceError{422,
                            QStringLiteral("insufficient_points"),
                            "Server",
                            QT_TRANSLATE_NOOP("Server",
                                              "Not enough points: the member has %1 and this redemption "
                                              "costs %2."),
                            {QString::number(member.value().balance), QString::number(points)},
                            {}};

    // The points first (the spend takes from the lots that expire first), then the row that names the
    // entry, then the stock reservation that names the row.
    qint64 entryId = 0;
    qint64 balanceAfter = member.value().balance;
    if (points > 0) {
        LedgerPosting posting;
        posting.kind = LedgerKind::Spend;
        posting.amount = -points;
        posting.reason = QStringLiteral("redemption");
        posting.note =
            request.quantity > 1 ? QStringLiteral("%1 × %2").arg(item.name).arg(request.quantity) : item.name;
        posting.actorId = command.actor.id;
        posting.actor = command.actor.username;
        posting.source = QStringLiteral("redemption");
        posting.createdAt = at;
        LedgerService ledger;
        const Outcome<PostedEntries> posted = ledger.post(request.memberId, {posting});
        if (!posted.ok())
            return posted.error();
        entryId = posted.value().entries.constFirst().id;
        balanceAfter = posted.value().entries.constFirst().balanceAfter;
    }

    const qint64 atMs = at.toMSecsSinceEpoch();
    QSqlQuery &insert = Database::prepared(QStringLiteral(
        "INSERT INTO redemptions (member_id, item_id, quantity, points, cash, status, entry_id, "
        "placed_by, placed_at, updated_at) VALUES (?, ?, ?, ?, ?, 'placed', ?, ?, ?, ?)"));
    insert.bindValue(0, request.memberId);
    insert.bindValue(1, request.itemId);
    insert.bindValue(2, request.quantity);
    insert.bindValue(3, points);
    insert.bindValue(4, cash);
    insert.bindValue(5, entryId > 0 ? QVariant(entryId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(6, Database::text(command.actor.username));
    insert.bindValue(7, atMs);
    insert.bindValue(8, QDateTime::currentMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();

    RedemptionView view;
    view.id = insert.lastInsertId().toLongLong();
    view.memberId = request.memberId;
    view.itemId = request.itemId;
    view.quantity = request.quantity;
    view.points = points;
    view.cash = cash;
    view.status = RedemptionStatus::Placed;
    view.placedAt = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    view.memberNo = member.value().memberNo;
    view.memberName = member.value().name;
    view.itemName = item.name;
    view.category = item.category;
    view.entryId = entryId;

    const Outcome<StockMovement> reserved = StockService::move(
        item.id, StockMovementKind::Reservation, -request.quantity, QStringLiteral("redemption"), view.id,
        command.actor.username, StockService::Shortfall::OutOfStock);
    if (!reserved.ok())
        return reserved.error();
    if (!RedemptionTimeline::append(view.id, QStringLiteral("placed"), command.actor.username,
                                    {{QStringLiteral("quantity"), view.quantity},
                                     {QStringLiteral("points"), points},
                                     {QStringLiteral("cash"), cash},
                                     {QStringLiteral("entryId"), entryId},
                                     {QStringLiteral("stockAfter"), reserved.value().quantityAfter}},
                                    atMs))
        return ServiceError::internal();
    AuditRecord audit =
        auditOf(command.actor, command.clientAddress, QStringLiteral("redemption.place"), view);
    audit.before = {{QStringLiteral("balance"), member.value().balance},
                    {QStringLiteral("stock"), item.stock}};
    audit.after = {
        {QStringLiteral("balance"), balanceAfter}, {QStringLiteral("stock"), reserved.value().quantityAfter},
        {QStringLiteral("itemId"), item.id},       {QStringLiteral("quantity"), view.quantity},
        {QStringLiteral("points"), points},        {QStringLiteral("cash"), cash},
        {QStringLiteral("entryId"), entryId}};
    if (!AuditLog::record(audit))
        return ServiceError::internal();
    return view;
}

Outcome<WriteResult> RedemptionService::place(const PlaceCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<RedemptionView> placed = placeIn(command);
        if (!placed.ok())
            return placed.error();
        return answer(201, placed.value());
    });
}

Outcome<RedemptionView> RedemptionService::actIn(const RedemptionCommand &command)
{
    Outcome<RedemptionView> found = RedemptionReader::find(command.redemptionId, false);
    if (!found.ok())
        return found.error();
    RedemptionView view = found.value();
    const RedemptionStatus from = view.status;
    const std::optional<RedemptionStatus> target = redemptionActionTarget(command.action);
    if (!target)
        return ServiceError::internal();
    if (!redemptionCanMove(from, *target, view.fulfilment()))
        return invalidTransition(command.action, view);
    const QDateTime at = command.at.isValid() ? command.at.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime stamp = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), QTimeZone::utc());
    const QString actor = command.actor.username;
    view.status = *target;

    QString event;
    QString auditAction;
    QJsonObject detail;
    switch (command.action) {
    case RedemptionAction::Fulfil: {
        const QString given = command.code.trimmed();
        if (view.fulfilment() == ItemFulfilment::Code) {
            view.code = given.isEmpty() ? generateCode() : given;
            detail.insert(QStringLiteral("code"), view.code);
            detail.insert(QStringLiteral("generated"), given.isEmpty());
        } else if (!given.isEmpty()) {
            return ServiceError::validation(
                QStringLiteral("code"),
                QT_TRANSLATE_NOOP("Server", "This item is fulfilled without a code."));
        }
        view.fulfilledAt = stamp;
        event = QStringLiteral("fulfilled");
        auditAction = QStringLiteral("redemption.fulfil");
        break;
    }
    case RedemptionAction::Ship: {
        view.carrier = command.shipment.carrier.trimmed();
        view.trackingNumber = command.shipment.trackingNumber.trimmed();
        view.shippedAt = stamp;
        // The reserved units leave the warehouse: on the stock ledger, not on the count.
        const Outcome<StockMovement> shipped =
            StockService::move(view.itemId, StockMovementKind::Shipment, 0,
                               QStringLiteral("%1 %2").arg(view.carrier, view.trackingNumber), view.id, actor,
                               StockService::Shortfall::OutOfStock);
        if (!shipped.ok())
            return shipped.error();
        detail = {{QStringLiteral("carrier"), view.carrier},
                  {QStringLiteral("trackingNumber"), view.trackingNumber},
                  {QStringLiteral("quantity"), view.quantity}};
        event = QStringLiteral("shipped");
        auditAction = QStringLiteral("redemption.ship");
        break;
    }
    case RedemptionAction::Complete:
        view.completedAt = stamp;
        event = QStringLiteral("completed");
        auditAction = QStringLiteral("redemption.complete");
        break;
    case RedemptionAction::Cancel: {
        view.cancelledAt = stamp;
        view.cancelReason = command.reason.trimmed();
        const Outcome<qint64> refund = refundPoints(view, command.actor, view.cancelReason, at);
        if (!refund.ok())
            return refund.error();
        const Outcome<StockMovement> released = StockService::move(
            view.itemId, StockMovementKind::Release, view.quantity, QStringLiteral("cancelled"), view.id,
            actor, StockService::Shortfall::OutOfStock);
        if (!released.ok())
            return released.error();
        detail = {{QStringLiteral("reason"), view.cancelReason},
                  {QStringLiteral("points"), view.points},
                  {QStringLiteral("refundEntryId"), refund.value()},
                  {QStringLiteral("quantity"), view.quantity},
                  {QStringLiteral("stockAfter"), released.value().quantityAfter}};
        event = QStringLiteral("cancelled");
        auditAction = QStringLiteral("redemption.cancel");
        break;
    }
    case RedemptionAction::OpenCase:
        return ServiceError::internal();
    }
    if (auto refused = save(view, from))
        return *refused;
    if (!RedemptionTimeline::append(view.id, event, actor, detail, at.toMSecsSinceEpoch()))
        return ServiceError::internal();
    AuditRecord audit = auditOf(command.actor, command.clientAddress, auditAction, view);
    audit.before = {{QStringLiteral("status"), redemptionStatusToString(from)}};
    audit.after = detail;
    audit.after.insert(QStringLiteral("status"), redemptionStatusToString(view.status));
    if (!AuditLog::record(audit))
        return ServiceError::internal();
    return view;
}

Outcome<WriteResult> RedemptionService::act(const RedemptionCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<RedemptionView> moved = actIn(command);
        if (!moved.ok())
            return moved.error();
        return answer(200, moved.value());
    });
}

} // namespace loyalty::server
