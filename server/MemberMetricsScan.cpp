#include "server/MemberMetricsScan.h"

#include "server/Database.h"
#include "server/Logging.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace loyalty::server {

namespace {
constexpr char kSelect[] = "SELECT tier_id, cumulative_spend, period_spend, recent_orders, interactions, "
                           "completed_tasks, visit_minutes, period_points FROM members";
constexpr qint64 kProgressEvery = 0xFFFF; // rows between two progress reports, minus one

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

qint64 memberCount(bool *ok)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    *ok = query.exec(QStringLiteral("SELECT COUNT(*) FROM members")) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}
} // namespace

bool MemberMetricsScan::tally(const TierLadder &draft, const QHash<qint64, int> &rankOf, int ranks,
                              const std::function<bool(double)> &progress, Result *result)
{
    bool ok = false;
    const qint64 total = memberCount(&ok); // for the progress only
    sqlite3 *db = handleOfThisThread();
    if (!ok || !db)
        return false;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, kSelect, -1, &statement, nullptr) != SQLITE_OK) {
        qCWarning(lcServerDb) << "what-if scan:" << sqlite3_errmsg(db);
        return false;
    }
    result->before.fill(0, ranks);
    result->members = 0;
    // Members of one tier are many: look the rank up only when the tier changes.
    qint64 lastTier = -1;
    int lastRank = 1;
    int status = SQLITE_ROW;
    bool stopped = false;
    result->movement = TierMovement::tally(draft, [&](int *rank, MemberMetrics *metrics) {
        if (stopped)
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
            ++result->before[lastRank - 1];
        if ((++result->members & kProgressEvery) == 0 &&
            !progress(total > 0 ? std::min(1.0, double(result->members) / double(total)) : 0.0))
            stopped = true;
        return true;
    });
    if (status != SQLITE_DONE && !stopped)
        qCWarning(lcServerDb) << "what-if scan:" << sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    return status == SQLITE_DONE && !stopped;
}

} // namespace loyalty::server
