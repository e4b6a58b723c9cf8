#include "server/LotExpiry.h"

#include "core/LedgerEntry.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace loyalty::server {

// How a batch is written: every row-by-row step is one set-based statement over a temp table of the
// batch's lots (no QVariant per value: through QtSql that costs more than the SQLite work itself).
// The one thing SQL cannot do cheaply is the running balance per member (a window function costs
// about 1 us per row in SQLite 3.40, more than inserting the entry), so that is computed here in C++
// from group_concat() strings and handed back as a fixed-width blob that the INSERT reads with
// substr(): balance_after of the n-th lot of the batch is the n-th field.
namespace {
constexpr int kWidth = 20; // a qint64 in decimal, sign included, right-aligned

constexpr char kCreateBatch[] =
    "CREATE TEMP TABLE IF NOT EXISTS expiry_batch (seq INTEGER PRIMARY KEY, lot_id INTEGER NOT NULL, "
    "member_id INTEGER NOT NULL, amount INTEGER NOT NULL)";

// Member by member, not by expiry: a batch then touches neighbouring member, lot and entry pages
// instead of thousands of scattered ones. Expired lots have nothing left, so restarting at the last
// member seen (>=) never takes a lot twice and misses none. seq numbers the rows in posting order.
constexpr char kFillBatch[] =
    "INSERT INTO temp.expiry_batch (lot_id, member_id, amount) SELECT id, member_id, remaining FROM lots "
    "WHERE member_id >= ? AND expires_at <= ? AND remaining > 0 ORDER BY member_id, expires_at, id LIMIT ?";

// Per row, in one pass: the member's balance as cached on the member (the balance before the batch).
constexpr char kReadBatch[] =
    "SELECT COUNT(*), COALESCE(MAX(b.member_id), 0), COALESCE(SUM(b.amount), 0), COALESCE(MIN(b.seq), 0), "
    "group_concat(b.seq), group_concat(b.member_id), group_concat(b.amount), group_concat(m.balance) "
    "FROM temp.expiry_batch b LEFT JOIN members m ON m.id = b.member_id";

// Entry ids are given, not left to SQLite, so the lot_consumptions rows can name them: the write lock
// is held (BEGIN IMMEDIATE), nobody else inserts meanwhile. Entry id = ? + seq.
constexpr char kInsertEntries[] =
    "INSERT INTO ledger_entries (id, member_id, kind, amount, balance_after, reason, note, actor_id, actor, "
    "source, status, created_at, expires_at, reverses_entry_id) "
    "SELECT ? + seq, member_id, ?, -amount, CAST(substr(?, (seq - ?) * %1 + 1, %1) AS INTEGER), ?, '', "
    "NULL, ?, ?, 'posted', ?, NULL, NULL FROM temp.expiry_batch ORDER BY seq";

constexpr char kEmptyLots[] =
    "UPDATE lots SET remaining = 0, expired_at = ? WHERE id IN (SELECT lot_id FROM temp.expiry_batch)";

constexpr char kInsertConsumptions[] = "INSERT INTO lot_consumptions (entry_id, lot_id, amount) "
                                       "SELECT ? + seq, lot_id, amount FROM temp.expiry_batch ORDER BY seq";

// The member's new balance is the balance_after of its last row in the batch (flagged 'L').
constexpr char kUpdateMembers[] =
    "UPDATE members SET balance = CAST(substr(?, (b.seq - ?) * %1 + 1, %1) AS INTEGER) "
    "FROM temp.expiry_batch b WHERE substr(?, b.seq - ? + 1, 1) = CAST('L' AS BLOB) AND members.id = "
    "b.member_id";

// Comma-separated integers, as group_concat() writes them.
bool parseIntegers(QStringView text, qsizetype expected, std::vector<qint64> *values)
{
    values->clear();
    values->reserve(expected);
    qint64 value = 0;
    bool negative = false;
    bool digits = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            value = value * 10 + (u - u'0');
            digits = true;
        } else if (u == u'-' && !digits) {
            negative = true;
        } else if (u == u',' && digits) {
            values->push_back(negative ? -value : value);
            value = 0;
            negative = false;
            digits = false;
        } else {
            return false;
        }
    }
    if (digits)
        values->push_back(negative ? -value : value);
    return qsizetype(values->size()) == expected;
}

// Right-aligned in kWidth characters (snprintf() would cost more than the rest of the batch's C++).
void appendField(QByteArray *blob, qint64 value)
{
    char field[kWidth];
    int at = kWidth;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        field[--at] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        field[--at] = '-';
    while (at > 0)
        field[--at] = ' ';
    blob->append(field, kWidth);
}

struct Statements
{
    QSqlQuery clear{Database::connection()};
    QSqlQuery fill{Database::connection()};
    QSqlQuery read{Database::connection()};
    QSqlQuery lastEntry{Database::connection()};
    QSqlQuery insertEntries{Database::connection()};
    QSqlQuery emptyLots{Database::connection()};
    QSqlQuery insertConsumptions{Database::connection()};
    QSqlQuery updateMembers{Database::connection()};

    bool prepare()
    {
        read.setForwardOnly(true);
        lastEntry.setForwardOnly(true);
        return clear.prepare(QStringLiteral("DELETE FROM temp.expiry_batch")) &&
               fill.prepare(QString::fromLatin1(kFillBatch)) &&
               read.prepare(QString::fromLatin1(kReadBatch)) &&
               lastEntry.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_entries")) &&
               insertEntries.prepare(QString::fromLatin1(kInsertEntries).arg(kWidth)) &&
               emptyLots.prepare(QString::fromLatin1(kEmptyLots)) &&
               insertConsumptions.prepare(QString::fromLatin1(kInsertConsumptions)) &&
               updateMembers.prepare(QString::fromLatin1(kUpdateMembers).arg(kWidth));
    }
};

struct BatchTotals
{
    qint64 lots = 0;
    qint64 points = 0;
    qint64 lastMember = 0;
};

// The running balances of one batch, from the read statement's row: balance_after per row in seq
// order, and a flag per row that is 'L' on each member's last row, as the blobs the statements read.
bool computeBalances(const QSqlQuery &read, qint64 rows, qint64 firstSeq, QByteArray *balanceAfter,
                     QByteArray *lastOfMember)
{
    std::vector<qint64> seqs;
    std::vector<qint64> members;
    std::vector<qint64> amounts;
    std::vector<qint64> balances;
    if (!parseIntegers(read.value(4).toString(), rows, &seqs) ||
        !parseIntegers(read.value(5).toString(), rows, &members) ||
        !parseIntegers(read.value(6).toString(), rows, &amounts) ||
        !parseIntegers(read.value(7).toString(), rows, &balances)) { // fewer: a member is missing
        qCCritical(lcServerDb) << "expiry: cannot read the batch";
        return false;
    }
    // The rows in seq order (group_concat() promises no order, though a rowid scan is in order).
    std::vector<qsizetype> order(rows, -1);
    for (qsizetype i = 0; i < rows; ++i) {
        const qint64 at = seqs[i] - firstSeq;
        if (at < 0 || at >= rows || order[at] >= 0) {
            qCCritical(lcServerDb) << "expiry: the batch is not numbered 1..n";
            return false;
        }
        order[at] = i;
    }

    balanceAfter->clear();
    balanceAfter->reserve(rows * kWidth);
    lastOfMember->fill(' ', rows);
    qint64 balance = 0;
    for (qsizetype at = 0; at < rows; ++at) {
        const qsizetype i = order[at];
        const bool first = at == 0 || members[order[at - 1]] != members[i];
        if (!first && members[order[at - 1]] > members[i])
            return false; // not in member order: never guess
        if (first) {
            if (at > 0)
                (*lastOfMember)[at - 1] = 'L';
            balance = balances[i];
        }
        balance -= amounts[i];
        if (balance < 0) {
            // Balance and lots disagree: never post on top of that (--verify finds the member).
            qCCritical(lcServerDb) << "member" << members[i]
                                   << "has a smaller balance than its lapsed lots; expiry stopped";
            return false;
        }
        appendField(balanceAfter, balance);
    }
    (*lastOfMember)[rows - 1] = 'L';
    return true;
}

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
    if (!Database::exec(sql.read) || !sql.read.next())
        return false;
    totals->lots = sql.read.value(0).toLongLong();
    if (totals->lots == 0) {
        sql.read.finish();
        return true;
    }
    totals->lastMember = sql.read.value(1).toLongLong();
    totals->points = sql.read.value(2).toLongLong();
    const qint64 firstSeq = sql.read.value(3).toLongLong();
    QByteArray balanceAfter;
    QByteArray lastOfMember;
    const bool computed = computeBalances(sql.read, totals->lots, firstSeq, &balanceAfter, &lastOfMember);
    sql.read.finish();
    if (!computed)
        return false;

    if (!Database::exec(sql.lastEntry) || !sql.lastEntry.next())
        return false;
    const qint64 offset = sql.lastEntry.value(0).toLongLong() + 1 - firstSeq; // entry id = offset + seq
    sql.lastEntry.finish();

    sql.insertEntries.bindValue(0, offset);
    sql.insertEntries.bindValue(1, ledgerKindToString(LedgerKind::Expire));
    sql.insertEntries.bindValue(2, balanceAfter);
    sql.insertEntries.bindValue(3, firstSeq);
    sql.insertEntries.bindValue(4, QStringLiteral("expiry"));
    sql.insertEntries.bindValue(5, QStringLiteral("system"));
    sql.insertEntries.bindValue(6, QStringLiteral("expiry"));
    sql.insertEntries.bindValue(7, now);
    if (!Database::exec(sql.insertEntries) || sql.insertEntries.numRowsAffected() != totals->lots)
        return false;
    sql.emptyLots.bindValue(0, now);
    if (!Database::exec(sql.emptyLots) || sql.emptyLots.numRowsAffected() != totals->lots)
        return false;
    sql.insertConsumptions.bindValue(0, offset);
    if (!Database::exec(sql.insertConsumptions) || sql.insertConsumptions.numRowsAffected() != totals->lots)
        return false;
    sql.updateMembers.bindValue(0, balanceAfter);
    sql.updateMembers.bindValue(1, firstSeq);
    sql.updateMembers.bindValue(2, lastOfMember);
    sql.updateMembers.bindValue(3, firstSeq);
    return Database::exec(sql.updateMembers) &&
           sql.updateMembers.numRowsAffected() == lastOfMember.count('L');
}

// Checkpoints the WAL on a thread (and connection) of its own while the run writes: copying a batch's
// pages into the database file is a fifth of the run's work, and the other core can do it meanwhile.
// PASSIVE never blocks the writer; the run's own connection stops checkpointing for the length of the
// run (RunPragmas). The price: the WAL only starts over when a transaction begins after a checkpoint has
// copied all of it, which never happens while the two overlap; so once the WAL file passes kWalLimit,
// the run waits for the checkpoint to finish before its next batch.
class Checkpointer
{
public:
    static constexpr qint64 kWalLimit = 256LL * 1024 * 1024;

    Checkpointer() : m_wal(Database::path() + QStringLiteral("-wal")), m_thread([this] { loop(); }) {}
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    // After each commit.
    void committed()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_commits;
        }
        m_wake.notify_one();
    }
    // Before each batch: lets the WAL start over when it has grown past the limit.
    void keepWalSmall()
    {
        if (QFileInfo(m_wal).size() < kWalLimit)
            return;
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [&] { return m_done == m_commits; });
    }

private:
    void loop()
    {
        for (;;) {
            qint64 target = 0;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || m_commits != m_done; });
                if (m_stop)
                    break;
                target = m_commits;
            }
            {
                QSqlQuery checkpoint(Database::connection());
                checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            }
            {
                std::lock_guard lock(m_mutex);
                m_done = target;
            }
            m_idle.notify_all();
        }
        Database::closeThisThread();
    }

    const QString m_wal;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    qint64 m_commits = 0;
    qint64 m_done = 0;
    bool m_stop = false;
    std::thread m_thread;
};

qint64 scalar(const QString &sql, bool *ok)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    *ok = query.exec(sql) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}

// Connection settings for the length of a run, put back afterwards (the connection may be a server
// thread's). Foreign keys off: every row the run writes names rows it has just read in the same
// transaction, and the checks cost a third of the insert time.
class RunPragmas
{
public:
    RunPragmas()
    {
        bool ok = false;
        m_foreignKeys = scalar(QStringLiteral("PRAGMA foreign_keys"), &ok);
        m_cacheSize = scalar(QStringLiteral("PRAGMA cache_size"), &ok);
        m_autoCheckpoint = scalar(QStringLiteral("PRAGMA wal_autocheckpoint"), &ok);
        Database::exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        Database::exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        Database::exec(QStringLiteral("PRAGMA cache_size=-262144")); // 256 MiB
    }
    ~RunPragmas()
    {
        Database::exec(QStringLiteral("PRAGMA foreign_keys=%1").arg(m_foreignKeys));
        Database::exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
        Database::exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_autoCheckpoint));
    }

private:
    qint64 m_foreignKeys = 1;
    qint64 m_cacheSize = 0;
    qint64 m_autoCheckpoint = 1000;
};
} // namespace

bool LotExpiry::run(const Settings &settings, Summary *summary)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = settings.now.toMSecsSinceEpoch();
    const int batchSize = std::max(1, settings.batchSize);
    const RunPragmas pragmas;
    Checkpointer checkpointer;
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
        checkpointer.keepWalSmall();
        {
            Transaction transaction;
            if (!transaction.isActive() || !expireBatch(sql, fromMember, now, batchSize, &batch))
                return false;
            if (batch.lots == 0)
                break;
            if (!transaction.commit())
                return false;
            checkpointer.committed();
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
