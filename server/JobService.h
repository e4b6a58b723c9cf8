#pragma once

#include "core/JobInfo.h"
#include "server/AuditLog.h"
#include "server/IdPage.h"
#include "server/Outcome.h"

#include <QDate>

#include <optional>

namespace loyalty::server {

using JobPage = IdPage<JobInfo>;

// The jobs table: what was started, by whom, how far it is, how it ended. The runner writes, routes read.
class JobService
{
public:
    static const QStringList &kinds(); // "expire-lots", "settle-pending", "tier-period-end"

    // 409 job_running while one of the kind is queued or running.
    // `audit` (optional): written in the same transaction, with the job id as entity id. `params`: what
    // the job works on, read back by the runner.
    static Outcome<JobInfo> create(const QString &kind, const QString &createdBy,
                                   const AuditRecord *audit = nullptr, const QJsonObject &params = {});
    static Outcome<JobInfo> find(qint64 id);
    // The queued or running job of the kind, if any.
    static std::optional<qint64> active(const QString &kind);
    static Outcome<JobPage> list(int limit, const std::optional<PageCursor> &before);
    static std::optional<JobInfo> nextQueued();
    static bool markRunning(qint64 id);
    static bool setProgress(qint64 id, double progress);
    // A resumable job's checkpoint goes with its params, in the transaction of the batch it records,
    // so a job stopped midway resumes after the last committed batch.
    static bool saveParams(qint64 id, const QJsonObject &params);
    static bool finish(qint64 id, const QJsonObject &result);
    static bool fail(qint64 id, const QString &code, const QString &message);
    // Jobs a stopped server left running go back to the queue (every job resumes safely).
    static bool requeueInterrupted();
    // Whether a job of the kind was created since `since` (the scheduler runs expiry once a day).
    static bool createdSince(const QString &kind, const QDateTime &since);
};

} // namespace loyalty::server
