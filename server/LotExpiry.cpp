#include "server/LotExpiry.h"

#include "core/LedgerEntry.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/Transaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>

namespace loyalty::server {

namespace {
// The lots of one batch, in posting order (member, then expiry, then lot), with the entry each gets:
// seq numbers the entries from 1, balance_after is the member's balance once this lot has gone.
constexpr char kCreateBatch[] =
    "CREATE TEMP TABLE IF NOT EXISTS expiry_batch (seq INTEGER PRIMARY KEY, lot_id INTEGER NOT NULL, "
    "member_id INTEGER NOT NULL, amount INTEGER NOT NULL, balance_after INTEGER NOT NULL)";

// Member by member, not by expiry: a batch then touches neighbouring member, lot and entry pages
// instead of thousands of scattered ones. Expired lots have nothing left, so restarting at the last
// member seen (>=) never takes a lot twice and misses none. The running sum per member gives each
// entry its balance_after from the balance cached on the member (what post() would read).
constexpr char kFillBatch[] =
    "INSERT INTO temp.expiry_batch (seq, lot_id, member_id, amount, balance_after) "
    "SELECT ROW_NUMBER() OVER (ORDER BY l.member_id, l.expires_at, l.id), l.id, l.member_id, l.remaining, "
    "m.balance - SUM(l.remaining) OVER (PARTITION BY l.member_id ORDER BY l.expires_at, l.id "
    "ROWS UNBOUNDED PRECEDING) "
    "FROM (SELECT id, member_id, remaining, expires_at FROM lots WHERE member_id >= ? AND expires_at <= ? "
    "AND remaining > 0 ORDER BY member_id, expires_at, id LIMIT ?) l JOIN members m ON m.id = l.member_id";

constexpr char kBatchTotals[] =
    "SELECT COUNT(*), COALESCE(SUM(amount), 0), COALESCE(MAX(member_id), 0), "
    "(SELECT member_id FROM temp.expiry_batch WHERE balance_after < 0 LIMIT 1) FROM temp.expiry_batch";

// Entry ids are given, not left to SQLite, so the lot_consumptions rows can name them: the write lock
// is held (BEGIN IMMEDIATE), nobody else inserts meanwhile.
constexpr char kInsertEntries[] =
    "INSERT INTO ledger_entries (id, member_id, kind, amount, balance_after, reason, note, actor_id, actor, "
    "source, status, created_at, expires_at, reverses_entry_id) "
    "SELECT ? + seq, member_id, ?, -amount, balance_after, ?, '', NULL, ?, ?, 'posted', ?, NULL, NULL "
    "FROM temp.expiry_batch ORDER BY seq";

constexpr char kEmptyLots[] =
    "UPDATE lots SET remaining = 0, expired_at = ? WHERE id IN (SELECT lot_id FROM temp.expiry_batch)";

constexpr char kInsertConsumptions[] = "INSERT INTO lot_consumptions (entry_id, lot_id, amount) "
                                       "SELECT ? + seq, lot_id, amount FROM temp.expiry_batch ORDER BY seq";

constexpr char kUpdateMembers[] =
    "UPDATE members SET balance = members.balance - t.total FROM (SELECT member_id, SUM(amount) AS total "
    "FROM temp.expiry_batch GROUP BY member_id) AS t WHERE members.id = t.member_id";

qint64 scalar(const QString &sql, bool *ok)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    *ok = query.exec(sql) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}

struct Statements
{
    QSqlQuery clear{Database::connection()};
    QSqlQuery fill{Database::connection()};
    QSqlQuery totals{Database::connection()};
    QSqlQuery lastEntry{Database::connection()};
    QSqlQuery insertEntries{Database::connection()};
    QSqlQuery emptyLots{Database::connection()};
    QSqlQuery insertConsumptions{Database::connection()};
    QSqlQuery updateMembers{Database::connection()};

    bool prepare()
    {
        totals.setForwardOnly(true);
        lastEntry.setForwardOnly(true);
        return clear.prepare(QStringLiteral("DELETE FROM temp.expiry_batch")) &&
               fill.prepare(QString::fromLatin1(kFillBatch)) &&
               totals.prepare(QString::fromLatin1(kBatchTotals)) &&
               lastEntry.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_entries")) &&
               insertEntries.prepare(QString::fromLatin1(kInsertEntries)) &&
               emptyLots.prepare(QString::fromLatin1(kEmptyLots)) &&
               insertConsumptions.prepare(QString::fromLatin1(kInsertConsumptions)) &&
               updateMembers.prepare(QString::fromLatin1(kUpdateMembers));
    }
};

struct BatchTotals
{
    qint64 lots = 0;
    qint64 points = 0;
    qint64 lastMember = 0;
};

// One batch inside the caller's transaction: false on any error (the caller rolls back).
bool expireBatch(Statements &sql, qint64 fromMember, qint64 now, int batchSize, BatchTotals *totals)
{
    if (!Database::exec(sql.clear))
        return false;
    sql.fill.bindValue(0, fromMember);
    sql.fill.bindValue(1, now);
    sql.fill.bindValue(2, batchSize);
    if (!Database::exec(sql.fill))
        return false;
    if (!Database::exec(sql.totals) || !sql.totals.next())
        return false;
    totals->lots = sql.totals.value(0).toLongLong();
    totals->points = sql.totals.value(1).toLongLong();
    totals->lastMember = sql.totals.value(2).toLongLong();
    const QVariant shortMember = sql.totals.value(3);
    sql.totals.finish();
    if (totals->lots == 0)
        return true;
    if (!shortMember.isNull()) {
        // Balance and lots disagree: never post on top of that (--verify finds the member).
        qCCritical(lcServerDb) << "member" << shortMember.toLongLong()
                               << "has a smaller balance than its lapsed lots; expiry stopped";
        return false;
    }

    if (!Database::exec(sql.lastEntry) || !sql.lastEntry.next())
        return false;
    const qint64 base = sql.lastEntry.value(0).toLongLong();
    sql.lastEntry.finish();

    sql.insertEntries.bindValue(0, base);
    sql.insertEntries.bindValue(1, ledgerKindToString(LedgerKind::Expire));
    sql.insertEntries.bindValue(2, QStringLiteral("expiry"));
    sql.insertEntries.bindValue(3, QStringLiteral("system"));
    sql.insertEntries.bindValue(4, QStringLiteral("expiry"));
    sql.insertEntries.bindValue(5, now);
    if (!Database::exec(sql.insertEntries) || sql.insertEntries.numRowsAffected() != totals->lots)
        return false;
    sql.emptyLots.bindValue(0, now);
    if (!Database::exec(sql.emptyLots) || sql.emptyLots.numRowsAffected() != totals->lots)
        return false;
    sql.insertConsumptions.bindValue(0, base);
    if (!Database::exec(sql.insertConsumptions) || sql.insertConsumptions.numRowsAffected() != totals->lots)
        return false;
    // The CHECK (balance >= 0) on members backs up the balance_after test above.
    return Database::exec(sql.updateMembers);
}
} // namespace

bool LotExpiry::run(const Settings &settings, Summary *summary)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = settings.now.toMSecsSinceEpoch();
    const int batchSize = std::max(1, settings.batchSize);
    if (!Database::exec(QString::fromLatin1(kCreateBatch)))
        return false;
    Statements sql;
    if (!sql.prepare()) {
        qCWarning(lcServerDb) << "cannot prepare the expiry statements";
        return false;
    }
    bool ok = false;
    // For the progress estimate only: members added meanwhile have nothing lapsed yet.
    const qint64 maxMember = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members"), &ok);
    if (!ok)
        return false;

    qint64 fromMember = 0;
    while (settings.maxBatches == 0 || summary->batches < settings.maxBatches) {
        BatchTotals batch;
        {
            Transaction transaction;
            if (!transaction.isActive() || !expireBatch(sql, fromMember, now, batchSize, &batch))
                return false;
            if (batch.lots == 0)
                break;
            if (!transaction.commit())
                return false;
        }
        fromMember = batch.lastMember;
        summary->lots += batch.lots;
        summary->points += batch.points;
        ++summary->batches;
        summary->seconds = timer.elapsed() / 1000.0;
        // A short batch was the last one: the query found fewer lapsed lots than it could take.
        const bool done = batch.lots < batchSize;
        const double fraction =
            done ? 1.0 : std::clamp(maxMember > 0 ? double(fromMember) / double(maxMember) : 1.0, 0.0, 1.0);
        if (settings.onBatch && !settings.onBatch(*summary, fraction)) {
            summary->cancelled = true;
            break;
        }
        if (done)
            break;
    }
    Database::exec(QStringLiteral("DELETE FROM temp.expiry_batch"));
    summary->seconds = timer.elapsed() / 1000.0;
    return true;
}

} // namespace loyalty::server
