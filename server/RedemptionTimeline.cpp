#include "server/RedemptionTimeline.h"

#include "core/IsoTime.h"
#include "server/Database.h"

#include <QJsonDocument>

namespace loyalty::server {

QJsonObject TimelineEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("at"), toIsoTime(at)},
            {QStringLiteral("detail"), detail}};
}

bool RedemptionTimeline::append(qint64 redemptionId, const QString &kind, const QString &actor,
                                const QJsonObject &detail, qint64 at)
{
    QSqlQuery &insert = Database::prepared(
        QStringLiteral("INSERT INTO redemption_events (redemption_id, kind, actor, detail_json, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.bindValue(0, redemptionId);
    insert.bindValue(1, kind);
    insert.bindValue(2, Database::text(actor));
    insert.bindValue(3, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    insert.bindValue(4, at > 0 ? at : QDateTime::currentMSecsSinceEpoch());
    return Database::exec(insert);
}

Outcome<QList<TimelineEvent>> RedemptionTimeline::of(qint64 redemptionId)
{
    QSqlQuery &query = Database::prepared(
        QStringLiteral("SELECT id, kind, actor, detail_json, created_at FROM redemption_events "
                       "WHERE redemption_id = ? ORDER BY id"));
    query.bindValue(0, redemptionId);
    if (!Database::exec(query))
        return ServiceError::internal();
    QList<TimelineEvent> events;
    while (query.next()) {
        TimelineEvent event;
        event.id = query.value(0).toLongLong();
        event.kind = query.value(1).toString();
        event.actor = query.value(2).toString();
        event.detail = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        event.at = Database::timeFromMs(query.value(4));
        events.append(event);
    }
    query.finish();
    return events;
}

} // namespace loyalty::server
