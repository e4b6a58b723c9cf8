#include "server/AuditReader.h"

#include "server/Database.h"
#include "server/MemberService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace loyalty::server {

namespace {
QJsonObject objectOrEmpty(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
    entry.actorId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    entry.actor = query.value(3).toString();
    entry.clientAddress = query.value(4).toString();
    entry.action = query.value(5).toString();
    entry.entity = query.value(6).toString();
    entry.entityId = query.value(7).toString();
    entry.before = objectOrEmpty(query.value(8));
    entry.after = objectOrEmpty(query.value(9));
    return entry;
}
} // namespace

Outcome<AuditPage> AuditReader::page(const AuditFilter &filter, int limit,
                                     const std::optional<PageCursor> &before)
{
    QStringList conditions{QStringLiteral("id < ?")};
    QVariantList binds{before ? before->id : std::numeric_limits<qint64>::max()};
    auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(QLatin1String(column) + QLatin1String(" = ?"));
        binds.append(value);
    };
    equal("actor_name", filter.actor);
    equal("entity", filter.entity);
    equal("entity_id", filter.entityId);
    equal("action", filter.action);
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        binds.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        binds.append(filter.to.toMSecsSinceEpoch());
    }
    binds.append(limit + 1);

    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at, actor_id, actor_name, client_address, action, entity, entity_id, "
                       "before_json, after_json FROM audit_log WHERE %1 ORDER BY id DESC LIMIT ?")
            .arg(conditions.join(QStringLiteral(" AND "))));
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<AuditEntry>(query, limit, readEntry);
}

Outcome<AuditPage> AuditReader::memberTrail(qint64 memberId, int limit,
                                            const std::optional<PageCursor> &before)
{
    if (const std::optional<ServiceError> missing = MemberService::requireMember(memberId))
        return *missing;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at, actor_id, actor_name, client_address, action, entity, entity_id, "
                       "before_json, after_json FROM audit_log WHERE member_id = ? AND id < ? "
                       "ORDER BY id DESC LIMIT ?"));
    query.bindValue(0, memberId);
    query.bindValue(1, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(2, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<AuditEntry>(query, limit, readEntry);
}

} // namespace loyalty::server
