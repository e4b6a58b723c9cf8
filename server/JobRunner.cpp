#include "server/JobRunner.h"

#include "server/JobService.h"
#include "server/Logging.h"
#include "server/LotExpiry.h"
#include "server/PendingService.h"
#include "server/TierDraftService.h"
#include "server/TierEvaluateJob.h"
#include "server/TierPeriodEnd.h"
#include "server/TierWhatIf.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace loyalty::server {

namespace {
// Progress rows are small writes; a few a second are plenty for a progress bar.
constexpr qint64 kProgressIntervalMs = 250;
} // namespace

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one job at a time: they write the same tables
}

JobRunner::~JobRunner()
{
    m_stopping = true;
    m_pool.waitForDone();
}

void JobRunner::resume()
{
    JobService::requeueInterrupted();
    wake();
}

Outcome<JobInfo> JobRunner::start(const QString &kind, const QString &createdBy, const AuditRecord *audit,
                                  const QJsonObject &params)
{
    return JobService::create(kind, createdBy, audit, params);
}

void JobRunner::wake()
{
    m_pool.start([this]() { runQueued(); });
}

void JobRunner::runQueued()
{
    Transaction::yieldToOthersOnThisThread(); // requests first: a run may wait, a cashier may not
    while (!m_stopping) {
        const std::optional<JobInfo> job = JobService::nextQueued();
        if (!job)
            return;
        if (!runOne(*job))
            return;
    }
}

bool JobRunner::runOne(const JobInfo &job)
{
    if (!JobService::markRunning(job.id))
        return false;
    qCInfo(lcServerDb) << "job" << job.id << job.kind << "started by" << job.createdBy;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    auto report = [&](double fraction) {
        if (sinceProgress.elapsed() >= kProgressIntervalMs) {
            JobService::setProgress(job.id, fraction);
            sinceProgress.restart();
        }
        return !m_stopping.load();
    };

    bool ok = false;
    QJsonObject result;
    if (job.kind == QLatin1String("expire-lots")) {
        LotExpiry::Settings settings;
        settings.now = QDateTime::currentDateTimeUtc();
        // Smaller batches than the command line's: requests wait for the write lock at most one batch.
        settings.batchSize = 5000;
        settings.onBatch = [&](const LotExpiry::Summary &, double fraction) { return report(fraction); };
        LotExpiry::Summary summary;
        ok = LotExpiry::run(settings, &summary);
        result = {{QStringLiteral("lots"), summary.lots},
                  {QStringLiteral("points"), summary.points},
                  {QStringLiteral("batches"), summary.batches},
                  {QStringLiteral("seconds"), summary.seconds}};
    } else if (job.kind == QLatin1String("settle-pending")) {
        PendingService::SettleSummary summary;
        ok = PendingService::settle(
            QDateTime::currentDateTimeUtc(), &summary,
            [&](const PendingService::SettleSummary &soFar) { return report(soFar.fraction()); });
        result = {{QStringLiteral("posted"), summary.posted},
                  {QStringLiteral("cancelled"), summary.cancelled},
                  {QStringLiteral("waiting"), summary.waiting}};
    } else if (job.kind == QLatin1String(TierPeriodEnd::kKind)) {
        TierPeriodEnd::Settings settings = TierPeriodEnd::defaults();
        settings.onBatch = [&](const TierPeriodEnd::Summary &, double fraction) { return report(fraction); };
        TierPeriodEnd::Summary summary;
        ok = TierPeriodEnd::run(settings, &summary);
        result = summary.toJson();
    } else if (job.kind == QLatin1String(TierDraftService::kWhatIfKind)) {
        ok = TierWhatIf::run(job.params, report, &result);
    } else if (job.kind == QLatin1String(TierEvaluateJob::kKind)) {
        ok = TierEvaluateJob::run(job.id, job.params, report, &result);
    } else {
        JobService::fail(job.id, QStringLiteral("unknown_kind"),
                         QString::fromLatin1(QT_TRANSLATE_NOOP("Server", "There is no such kind of job.")));
        return true;
    }
    if (m_stopping) {
        qCInfo(lcServerDb) << "job" << job.id << "stopped; it resumes at the next start";
        return false; // left running: requeued by resume()
    }
    if (ok) {
        JobService::finish(job.id, result);
        qCInfo(lcServerDb) << "job" << job.id << "done" << result;
    } else {
        JobService::fail(
            job.id, QStringLiteral("job_failed"),
            QString::fromLatin1(QT_TRANSLATE_NOOP("Server", "The job stopped on a database error; what it "
                                                            "committed stays, and running it again finishes "
                                                            "the rest.")));
    }
    return true;
}

} // namespace loyalty::server
