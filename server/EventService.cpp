#include "server/EventService.h"

#include "server/Database.h"
#include "server/TierEvaluator.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace loyalty::server {

namespace {
constexpr int kRecentOrderMonths = 3; // TierMetric::RecentOrders

struct ParsedEvent
{
    MemberEvent event;
    QString prefix;   // "" or "events[3]."
    QString bodyHash; // of the event as sent: a replay with the same body is a duplicate
};

QString hashOf(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted: the same fields in another order hash the same.
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

std::optional<ServiceError> parse(const QJsonObject &body, const QDateTime &now, QList<ParsedEvent> *events)
{
    QList<std::pair<QJsonObject, QString>> objects;
    if (body.contains(QStringLiteral("events"))) {
        const QJsonValue list = body.value(QStringLiteral("events"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > MemberEvent::kMaxBatch)
            return ServiceError::validation(QStringLiteral("events"),
                                            QT_TRANSLATE_NOOP("Server", "Send a list of 1 to 500 events."));
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString prefix = QStringLiteral("events[%1]").arg(i);
            if (!array.at(i).isObject())
                return ServiceError::validation(prefix,
                                                QT_TRANSLATE_NOOP("Server", "Each event must be an object."));
            objects.append({array.at(i).toObject(), prefix + QLatin1Char('.')});
        }
    } else {
        objects.append({body, QString()});
    }
    for (const auto &[object, prefix] : objects) {
        ParsedEvent parsed;
        parsed.prefix = prefix;
        if (const std::optional<Violation> broken = MemberEvent::fromJson(object, now, prefix, &parsed.event))
            return ServiceError::fromViolation(*broken);
        parsed.bodyHash = hashOf(object);
        events->append(parsed);
    }
    return std::nullopt;
}

// The hash an id was first applied with, if it was.
std::optional<QString> appliedHash(const QString &id, bool *ok)
{
    QSqlQuery &find = Database::prepared(QStringLiteral("SELECT body_hash FROM member_events WHERE id = ?"));
    find.bindValue(0, id);
    *ok = Database::exec(find);
    std::optional<QString> hash;
    if (*ok && find.next())
        hash = find.value(0).toString();
    find.finish();
    return hash;
}

bool record(const ParsedEvent &parsed, qint64 appliedAt)
{
    QSqlQuery &insert = Database::prepared(
        QStringLiteral("INSERT INTO member_events (id, member_id, type, amount, occurred_at, body_hash, "
                       "applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, parsed.event.id);
    insert.bindValue(1, parsed.event.memberId);
    insert.bindValue(2, memberEventTypeToString(parsed.event.type));
    insert.bindValue(3, parsed.event.amount);
    insert.bindValue(4, parsed.event.at.toMSecsSinceEpoch());
    insert.bindValue(5, parsed.bodyHash);
    insert.bindValue(6, appliedAt);
    return Database::exec(insert);
}

// The metrics the event moves. Spend before the current tier period began counts toward the
// cumulative spend only; an order older than the window is not a recent order.
bool addToMetrics(const MemberEvent &event, const QDateTime &now)
{
    qint64 spend = 0;
    qint64 recentOrders = 0;
    qint64 interactions = 0;
    qint64 tasks = 0;
    qint64 minutes = 0;
    switch (event.type) {
    case MemberEvent::Type::Order:
        spend = event.amount;
        recentOrders = event.at >= now.addMonths(-kRecentOrderMonths) ? 1 : 0;
        break;
    case MemberEvent::Type::Interaction:
        interactions = 1;
        break;
    case MemberEvent::Type::Task:
        tasks = 1;
        break;
    case MemberEvent::Type::Visit:
        minutes = event.amount;
        break;
    }
    QSqlQuery &update = Database::prepared(QStringLiteral(
        "UPDATE members SET cumulative_spend = cumulative_spend + ?, "
        "period_spend = period_spend + CASE WHEN ? >= COALESCE(tier_since, 0) THEN ? ELSE 0 END, "
        "recent_orders = recent_orders + ?, interactions = interactions + ?, "
        "completed_tasks = completed_tasks + ?, visit_minutes = visit_minutes + ?, "
        "last_active_at = MAX(COALESCE(last_active_at, 0), ?) WHERE id = ?"));
    const qint64 at = event.at.toMSecsSinceEpoch();
    const QVariantList binds{spend, at,      spend, recentOrders,  interactions,
                             tasks, minutes, at,    event.memberId};
    for (qsizetype i = 0; i < binds.size(); ++i)
        update.bindValue(int(i), binds.at(i));
    return Database::exec(update) && update.numRowsAffected() == 1;
}

Violation memberNotFound(const QString &prefix)
{
    return {prefix + QStringLiteral("memberId"), QStringLiteral("member_not_found"),
            QT_TRANSLATE_NOOP("Validation", "There is no member with this id.")};
}

Violation idReused(const QString &prefix)
{
    return {prefix + QStringLiteral("id"), QStringLiteral("event_id_reused"),
            QT_TRANSLATE_NOOP("Validation",
                              "An event with this id was already applied with other content; give a new "
                              "event a new id.")};
}
} // namespace

QString eventStatusToString(EventResult::Status status)
{
    switch (status) {
    case EventResult::Status::Duplicate:
        return QStringLiteral("duplicate");
    case EventResult::Status::Conflict:
        return QStringLiteral("conflict");
    case EventResult::Status::Rejected:
        return QStringLiteral("rejected");
    case EventResult::Status::Applied:
        break;
    }
    return QStringLiteral("applied");
}

Outcome<QList<EventResult>> EventService::post(const QJsonObject &body, const UserInfo &actor,
                                               const QString &clientAddress)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ParsedEvent> events;
    if (const std::optional<ServiceError> problem = parse(body, now, &events))
        return *problem;

    Transaction transaction;
    TierEvaluator evaluator(TierLadderStore::published());
    if (!transaction.isActive() || !evaluator.isValid())
        return ServiceError::internal();
    QList<EventResult> results;
    results.reserve(events.size());
    for (const ParsedEvent &parsed : std::as_const(events)) {
        EventResult result;
        result.id = parsed.event.id;
        result.memberId = parsed.event.memberId;
        bool ok = false;
        const std::optional<QString> applied = appliedHash(parsed.event.id, &ok);
        if (!ok)
            return ServiceError::internal();
        const Outcome<MemberStanding> standing = TierEvaluator::standing(parsed.event.memberId);
        if (!standing.ok() && standing.error().status != 404)
            return ServiceError::internal();
        if (standing.ok())
            result.tier = evaluator.tierOf(standing.value().rank);

        if (applied) {
            result.status =
                *applied == parsed.bodyHash ? EventResult::Status::Duplicate : EventResult::Status::Conflict;
            if (result.status == EventResult::Status::Conflict)
                result.error = idReused(parsed.prefix);
        } else if (!standing.ok()) {
            result.status = EventResult::Status::Rejected;
            result.error = memberNotFound(parsed.prefix);
        } else {
            if (!record(parsed, now.toMSecsSinceEpoch()) || !addToMetrics(parsed.event, now))
                return ServiceError::internal();
            AuditRecord who;
            who.actorId = actor.id;
            who.actorName = actor.username;
            who.clientAddress = clientAddress;
            who.after = {{QStringLiteral("cause"), QStringLiteral("event")},
                         {QStringLiteral("eventId"), parsed.event.id}};
            const Outcome<TierEvaluation> evaluation = evaluator.evaluate(parsed.event.memberId, who);
            if (!evaluation.ok())
                return ServiceError::internal();
            result.tier = evaluation.value().tier;
            result.upgraded = evaluation.value().upgraded;
        }
        results.append(result);
    }
    if (!transaction.commit())
        return ServiceError::internal();
    return results;
}

} // namespace loyalty::server
