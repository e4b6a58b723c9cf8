#include "server/MemberMetricsScan.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/MemberMetricColumns.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace loyalty::server {

namespace {
// Column 0 the tier, then the metrics in TierMetric's order.
const QByteArray &selectSql()
{
    static const QByteArray sql = QStringLiteral("SELECT tier_id, %1 FROM members WHERE id BETWEEN ? AND ?")
                                      .arg(MemberMetricColumns::list())
                                      .toUtf8();
    return sql;
}
constexpr qint64 kCountEvery = 0x3FFF;   // rows between two updates of the shared count, minus one
constexpr qint64 kMembersPerRange = 500; // fewer members: fewer ranges

// This thread's connection as sqlite3 sees it (Qt's SQLite driver links the same libsqlite3).
sqlite3 *handleOfThisThread()
{
    const QSqlDatabase db = Database::connection();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

struct Range
{
    qint64 first = 0;
    qint64 last = 0;
};

// What the threads share: the rows read so far (for the progress), the stop flag, who is still busy.
struct Shared
{
    std::atomic<qint64> seen{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable done;
    int running = 0;
};

// One range on this thread's connection: read and tallied. False on a database error or a stop.
bool scanRange(const TierLadder &draft, const TierLadder *baseline, const QHash<qint64, int> &rankOf,
               int ranks, const Range &range, Shared &shared, MemberMetricsScan::Result *part)
{
    part->before.fill(0, ranks);
    sqlite3 *db = handleOfThisThread();
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, selectSql().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        qCWarning(lcServerDb) << "what-if scan:" << (db ? sqlite3_errmsg(db) : "no connection");
        return false;
    }
    sqlite3_bind_int64(statement, 1, range.first);
    sqlite3_bind_int64(statement, 2, range.last);
    // Members of one tier are many: look the rank up only when the tier changes.
    qint64 lastTier = -1;
    int lastRank = 1;
    int status = SQLITE_ROW;
    part->movement = TierMovement::tally(
        draft,
        [&](int *rank, MemberMetrics *metrics) {
            if (shared.stop.load(std::memory_order_relaxed))
                return false;
            status = sqlite3_step(statement);
            if (status != SQLITE_ROW)
                return false;
            const qint64 tierId = sqlite3_column_int64(statement, 0);
            if (tierId != lastTier) {
                lastTier = tierId;
                lastRank = rankOf.value(tierId, 1);
            }
            *rank = lastRank;
            for (int i = 0; i < int(metrics->values.size()); ++i)
                metrics->values[size_t(i)] = sqlite3_column_int64(statement, i + 1);
            if (lastRank >= 1 && lastRank <= ranks)
                ++part->before[lastRank - 1];
            if ((++part->members & kCountEvery) == 0)
                shared.seen.fetch_add(kCountEvery + 1, std::memory_order_relaxed);
            return true;
        },
        baseline);
    if (status != SQLITE_DONE && !shared.stop.load())
        qCWarning(lcServerDb) << "what-if scan:" << sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    return status == SQLITE_DONE && !shared.stop.load();
}

bool idBounds(qint64 *first, qint64 *last, qint64 *count)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0), COUNT(*) FROM members")) ||
        !query.next())
        return false;
    *first = query.value(0).toLongLong();
    *last = query.value(1).toLongLong();
    *count = query.value(2).toLongLong();
    return true;
}
} // namespace

bool MemberMetricsScan::tally(const TierLadder &draft, const TierLadder *baseline,
                              const QHash<qint64, int> &rankOf, int ranks, int threads,
                              const std::function<bool(double)> &progress, Result *result)
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
    if (!idBounds(&first, &last, &total))
        return false;
    // Equal id ranges hold about equal numbers of members (ids are dense: members are never deleted).
    const qint64 span = last - first + 1;
    const int count = int(std::clamp<qint64>(span / kMembersPerRange, 1, std::max(1, threads)));
    std::vector<Range> ranges(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        ranges[size_t(i)] = {first + span * i / count, first + span * (i + 1) / count - 1};
    ranges.front().first = std::numeric_limits<qint64>::min();
    ranges.back().last = std::numeric_limits<qint64>::max(); // and the members added meanwhile

    Shared shared;
    shared.running = count;
    std::vector<Result> parts(static_cast<size_t>(count));
    std::vector<char> ok(static_cast<size_t>(count), 0);
    std::vector<std::thread> workers;
    for (int i = 0; i < count; ++i) {
        workers.emplace_back([&, i]() {
            ok[size_t(i)] =
                scanRange(draft, baseline, rankOf, ranks, ranges[size_t(i)], shared, &parts[size_t(i)]);
            Database::closeThisThread();
            {
                std::lock_guard lock(shared.mutex);
                --shared.running;
            }
            shared.done.notify_all();
        });
    }
    // This thread reports the progress (the job's connection writes it) while the ranges are read.
    {
        std::unique_lock lock(shared.mutex);
        while (!shared.done.wait_for(lock, std::chrono::milliseconds(100),
                                     [&] { return shared.running == 0; })) {
            lock.unlock();
            if (!progress(total > 0 ? std::min(1.0, double(shared.seen) / double(total)) : 0.0))
                shared.stop = true;
            lock.lock();
        }
    }
    for (std::thread &worker : workers)
        worker.join();

    Result sum;
    sum.movement.tiers = int(draft.tiers().size());
    sum.movement.matrix.fill(0, qsizetype(sum.movement.tiers) * sum.movement.tiers);
    sum.before.fill(0, ranks);
    for (int i = 0; i < count; ++i) {
        if (!ok[size_t(i)])
            return false;
        const Result &part = parts[size_t(i)];
        sum.movement.add(part.movement);
        for (int rank = 0; rank < ranks; ++rank)
            sum.before[rank] += part.before.at(rank);
        sum.members += part.members;
    }
    *result = sum;
    return true;
}

} // namespace loyalty::server
