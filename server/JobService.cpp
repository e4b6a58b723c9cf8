#include "server/JobService.h"

#include "server/Database.h"
#include "server/TierPeriodEnd.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace loyalty::server {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, kind, state, progress, result_json, error_code, error_message, created_by, "
                   "created_at, started_at, finished_at, params_json FROM jobs ");

JobInfo readJob(const QSqlQuery &query)
{
    JobInfo job;
    job.id = query.value(0).toLongLong();
    job.kind = query.value(1).toString();
    job.state = JobInfo::stateFromString(query.value(2).toString());
    job.progress = query.value(3).toDouble();
    if (!query.value(4).isNull())
        job.result = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    job.errorCode = query.value(5).toString();
    job.errorMessage = query.value(6).toString();
    job.createdBy = query.value(7).toString();
    job.createdAt = Database::timeFromMs(query.value(8));
    job.startedAt = Database::timeFromMs(query.value(9));
    job.finishedAt = Database::timeFromMs(query.value(10));
    if (!query.value(11).isNull())
        job.params = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
    return job;
}

// The queued or running job of this kind, if any.
std::optional<qint64> activeJob(const QString &kind)
{
    QSqlQuery &busy = Database::prepared(
        QStringLiteral("SELECT id FROM jobs WHERE kind = ? AND state IN ('queued', 'running') LIMIT 1"));
    busy.bindValue(0, kind);
    std::optional<qint64> id;
    if (Database::exec(busy) && busy.next())
        id = busy.value(0).toLongLong();
    busy.finish();
    return id;
}

ServiceError runningError(qint64 id)
{
    ServiceError running = ServiceError::conflict(
        "job_running", QT_TRANSLATE_NOOP("Server", "A job of this kind is already running (job %1)."));
    running.arguments = {QString::number(id)};
    return running;
}

bool update(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    return Database::exec(query);
}
} // namespace

const QStringList &JobService::kinds()
{
    static const QStringList list{QStringLiteral("expire-lots"), QStringLiteral("settle-pending"),
                                  QString::fromLatin1(TierPeriodEnd::kKind)};
    return list;
}

Outcome<JobInfo> JobService::create(const QString &kind, const QString &createdBy, const AuditRecord *audit,
                                    const QJsonObject &params)
{
    // A plain read first: while a run holds the write lock, "already running" must not wait for it.
    if (const std::optional<qint64> running = activeJob(kind))
        return runningError(*running);
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    if (const std::optional<qint64> running = activeJob(kind))
        return runningError(*running);
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO jobs (kind, created_by, created_at, params_json) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, kind);
    insert.bindValue(1, Database::text(createdBy));
    insert.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    insert.bindValue(3,
                     params.isEmpty()
                         ? QVariant()
                         : QVariant(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))));
    if (!Database::exec(insert))
        return ServiceError::internal();
    const Outcome<JobInfo> job = find(insert.lastInsertId().toLongLong());
    if (!job.ok())
        return ServiceError::internal();
    if (audit) {
        AuditRecord record = *audit;
        record.entityId = QString::number(job.value().id);
        if (!AuditLog::record(record))
            return ServiceError::internal();
    }
    if (!transaction.commit())
        return ServiceError::internal();
    return job;
}

std::optional<qint64> JobService::active(const QString &kind)
{
    return activeJob(kind);
}

Outcome<JobInfo> JobService::find(qint64 id)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return readJob(query);
}

Outcome<JobPage> JobService::list(int limit, const std::optional<PageCursor> &before)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE id < ? ORDER BY id DESC LIMIT ?"));
    query.bindValue(0, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(1, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<JobInfo>(query, limit, readJob);
}

std::optional<JobInfo> JobService::nextQueued()
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral("WHERE state = 'queued' ORDER BY id LIMIT 1")) || !query.next())
        return std::nullopt;
    return readJob(query);
}

bool JobService::markRunning(qint64 id)
{
    return update(
        QStringLiteral("UPDATE jobs SET state = 'running', started_at = ?, progress = 0 WHERE id = ?"),
        {QDateTime::currentMSecsSinceEpoch(), id});
}

bool JobService::setProgress(qint64 id, double progress)
{
    return update(QStringLiteral("UPDATE jobs SET progress = ? WHERE id = ?"), {progress, id});
}

bool JobService::saveParams(qint64 id, const QJsonObject &params)
{
    QSqlQuery &query = Database::prepared(QStringLiteral("UPDATE jobs SET params_json = ? WHERE id = ?"));
    query.bindValue(0, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    query.bindValue(1, id);
    return Database::exec(query);
}

bool JobService::finish(qint64 id, const QJsonObject &result)
{
    return update(
        QStringLiteral("UPDATE jobs SET state = 'done', progress = 1, result_json = ?, finished_at = ? "
                       "WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch(), id});
}

bool JobService::fail(qint64 id, const QString &code, const QString &message)
{
    return update(QStringLiteral("UPDATE jobs SET state = 'failed', error_code = ?, error_message = ?, "
                                 "finished_at = ? WHERE id = ?"),
                  {code, message, QDateTime::currentMSecsSinceEpoch(), id});
}

bool JobService::requeueInterrupted()
{
    return Database::exec(QStringLiteral("UPDATE jobs SET state = 'queued' WHERE state = 'running'"));
}

bool JobService::createdSince(const QString &kind, const QDateTime &since)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM jobs WHERE kind = ? AND created_at >= ? LIMIT 1"));
    query.bindValue(0, kind);
    query.bindValue(1, since.toMSecsSinceEpoch());
    return Database::exec(query) && query.next();
}

} // namespace loyalty::server
