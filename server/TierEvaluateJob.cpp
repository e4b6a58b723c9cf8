#include "server/TierEvaluateJob.h"

#include "server/Database.h"
#include "server/JobService.h"
#include "server/Logging.h"
#include "server/TierEvaluator.h"
#include "server/Transaction.h"

#include <QElapsedTimer>

#include <QSqlQuery>
#include <algorithm>

namespace loyalty::server {

namespace {
const QString kAfterId = QStringLiteral("afterId");
const QString kMembers = QStringLiteral("members");
const QString kUpgraded = QStringLiteral("upgraded");
const QString kEvaluated = QStringLiteral("evaluatedVersion");
} // namespace

bool TierEvaluateJob::run(qint64 jobId, const QJsonObject &params,
                          const std::function<bool(double)> &progress, QJsonObject *result, int batchSize)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject checkpoint = params;
    qint64 afterId = params.value(kAfterId).toInteger();
    qint64 members = params.value(kMembers).toInteger();
    qint64 upgraded = params.value(kUpgraded).toInteger();
    int version = params.value(kEvaluated).toInt();

    qint64 total = 0;
    {
        QSqlQuery count(Database::connection());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM members")) || !count.next())
            return false;
        total = count.value(0).toLongLong();
    }
    AuditRecord who;
    who.actorName = QStringLiteral("system");
    who.after = {{QStringLiteral("cause"), QString::fromLatin1(kKind)}, {QStringLiteral("job"), jobId}};

    QList<MemberStanding> batch;
    batch.reserve(batchSize);
    while (true) {
        Transaction transaction;
        const auto published = TierLadderStore::published();
        if (!transaction.isActive() || !published)
            return false;
        if (published->version != version) {
            // Members already seen were judged by an older ladder: once more from the start.
            if (version != 0)
                qCInfo(lcServerDb) << "tier-evaluate: ladder" << published->version
                                   << "published meanwhile; starting over";
            version = published->version;
            afterId = 0;
            members = 0;
        }
        TierEvaluator evaluator(published);

        batch.clear();
        {
            QSqlQuery read(Database::connection());
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT %1 FROM members m LEFT JOIN tiers t ON t.id = m.tier_id "
                                        "WHERE m.id > ? ORDER BY m.id LIMIT ?")
                             .arg(TierEvaluator::standingColumns()));
            read.bindValue(0, afterId);
            read.bindValue(1, batchSize);
            if (!Database::exec(read))
                return false;
            while (read.next())
                batch.append(TierEvaluator::readStanding(read));
        }
        if (batch.isEmpty()) {
            // Done, in the transaction that saw the newest version: a publish committing meanwhile
            // either finds this job done (and queues another) or is seen here and starts it over.
            *result = {{QStringLiteral("version"), version}, {kMembers, members}, {kUpgraded, upgraded}};
            if (!JobService::finish(jobId, *result) || !transaction.commit())
                return false;
            break;
        }
        for (const MemberStanding &standing : std::as_const(batch)) {
            TierEvaluation evaluation;
            if (!evaluator.evaluate(standing, who, &evaluation))
                return false;
            if (evaluation.upgraded)
                ++upgraded;
        }
        members += batch.size();
        afterId = batch.constLast().memberId;
        checkpoint.insert(kAfterId, afterId);
        checkpoint.insert(kMembers, members);
        checkpoint.insert(kUpgraded, upgraded);
        checkpoint.insert(kEvaluated, version);
        if (!JobService::saveParams(jobId, checkpoint) || !transaction.commit())
            return false;
        if (!progress(total > 0 ? std::min(1.0, double(members) / double(total)) : 1.0))
            return false;
    }
    qCInfo(lcServerDb) << "tier-evaluate over" << members << "members:" << upgraded << "upgraded in"
                       << timer.elapsed() << "ms";
    return true;
}

} // namespace loyalty::server
