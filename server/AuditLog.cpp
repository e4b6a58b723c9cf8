#include "server/AuditLog.h"

#include "server/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

bool AuditLog::record(const AuditRecord &record)
{
    QSqlQuery &query = Database::prepared(QStringLiteral(
        "INSERT INTO audit_log (at, actor_id, actor_name, client_address, action, entity, entity_id, "
        "before_json, after_json, member_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(1,
                    record.actorId > 0 ? QVariant(record.actorId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(2, Database::text(record.actorName));
    query.bindValue(3, Database::text(record.clientAddress));
    query.bindValue(4, Database::text(record.action));
    query.bindValue(5, Database::text(record.entity));
    query.bindValue(6, Database::text(record.entityId));
    query.bindValue(7, jsonOrNull(record.before));
    query.bindValue(8, jsonOrNull(record.after));
    const qint64 memberId = record.memberId > 0                        ? record.memberId
                            : record.entity == QLatin1String("member") ? record.entityId.toLongLong()
                                                                       : 0;
    query.bindValue(9, memberId > 0 ? QVariant(memberId) : QVariant(QMetaType::fromType<qint64>()));
    return Database::exec(query);
}

} // namespace loyalty::server
