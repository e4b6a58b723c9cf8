// expiry_bench: how many lots per second `loyalty-server --expire-lots` expires on a big database.
//
//   expiry_bench [--lots 10000000] [--data DIR] [--base-members 50000] [--days-ahead 400]
//                [--batch-size N] [--in-place] [--server PATH]
//
// Seeds DIR/seed once: `loyalty-server --seed-demo` for the base members (a year of history each, posted
// through the ledger), then copies of those members with their entries, lots and lot consumptions under
// new ids (bulk SQL) until the database holds the lots asked for. Every copy is as consistent as its
// original, so the invariant holds. Each run works on a fresh copy, DIR/run (unless --in-place), so the
// seed can be reused. Then runs the real `--expire-lots --now <now + days>` process, prints lots,
// seconds, lots/s and the target check (>= 200,000 lots/s), then `--verify` and its result.

#include "support/BenchOutput.h"
#include "support/DataDirectory.h"
#include "support/ServerCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>

namespace {

using namespace loyalty::bench;

constexpr double kTargetLotsPerSecond = 200000.0;

// A plain connection of the bench's own (the server is not running while it is open).
class BenchDatabase
{
public:
    explicit BenchDatabase(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-1000000",
              "PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=OFF"})
            exec(QString::fromLatin1(pragma));
    }
    ~BenchDatabase()
    {
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (query.exec())
            return true;
        say(QStringLiteral("SQL failed: %1 in %2").arg(query.lastError().text(), sql));
        return false;
    }

    qint64 value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        query.setForwardOnly(true);
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    static QString name() { return QStringLiteral("expiry-bench"); }
};

// Without `output` both streams show (the seeder's progress); with it, stdout is kept for the bench to
// parse and print, and stderr is printed once the command ended.
int runServer(const QString &server, const QStringList &arguments, QByteArray *output = nullptr)
{
    if (!output)
        return runServerCommand(server, arguments, QProcess::ForwardedChannels);
    return runServerCommand(server, arguments, QProcess::SeparateChannels, {}, output, /*echoErrors=*/true);
}

// Copies members [1, count] of the base with everything they own under new ids, in one transaction.
bool copyMembers(BenchDatabase &db, qint64 count, qint64 baseEntries, qint64 baseLots)
{
    const qint64 dm = db.value(QStringLiteral("SELECT MAX(id) FROM members"));
    const qint64 de = db.value(QStringLiteral("SELECT MAX(id) FROM ledger_entries"));
    const qint64 dl = db.value(QStringLiteral("SELECT MAX(id) FROM lots"));
    // The base's entries and lots of these members: the seeder posts member after member, so a
    // member range is an id range too.
    const qint64 lastEntry =
        db.value(QStringLiteral("SELECT MAX(id) FROM ledger_entries WHERE member_id <= ?"), {count});
    const qint64 lastLot = db.value(QStringLiteral("SELECT MAX(id) FROM lots WHERE member_id <= ?"), {count});
    if (dm < 0 || de < 0 || dl < 0 || lastEntry > baseEntries || lastLot > baseLots)
        return false;
    return db.exec(QStringLiteral("BEGIN")) &&
           db.exec(
               QStringLiteral(
                   "INSERT INTO members (id, member_no, name, phone, phone_last4, status, tier_id, balance, "
                   "lifetime_points, registered_at, last_active_at) "
                   "SELECT id + ?, printf('C%09d', id + ?), name, printf('0%010d', id + ?), "
                   "substr(printf('%010d', id + ?), -4), status, tier_id, balance, lifetime_points, "
                   "registered_at, last_active_at FROM members WHERE id <= ? ORDER BY id"),
               {dm, dm, dm, dm, count}) &&
           db.exec(
               QStringLiteral(
                   "INSERT INTO ledger_entries (id, member_id, kind, amount, balance_after, reason, note, "
                   "actor_id, actor, source, status, created_at, expires_at, reverses_entry_id) "
                   "SELECT id + ?, member_id + ?, kind, amount, balance_after, reason, note, actor_id, "
                   "actor, source, status, created_at, expires_at, reverses_entry_id + ? "
                   "FROM ledger_entries WHERE id <= ? ORDER BY id"),
               {de, dm, de, lastEntry}) &&
           db.exec(QStringLiteral("INSERT INTO lots (id, member_id, entry_id, amount, remaining, earned_at, "
                                  "expires_at, expired_at) SELECT id + ?, member_id + ?, entry_id + ?, "
                                  "amount, remaining, earned_at, expires_at, expired_at FROM lots "
                                  "WHERE id <= ? ORDER BY id"),
                   {dl, dm, de, lastLot}) &&
           db.exec(QStringLiteral("INSERT INTO lot_consumptions (entry_id, lot_id, amount) "
                                  "SELECT entry_id + ?, lot_id + ?, amount FROM lot_consumptions "
                                  "WHERE entry_id <= ? ORDER BY entry_id, lot_id"),
                   {de, dl, lastEntry}) &&
           db.exec(QStringLiteral("COMMIT"));
}

bool seed(const QString &server, const QString &dir, qint64 lots, int baseMembers)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QElapsedTimer timer;
    timer.start();
    say(QStringLiteral("seeding %1 base members through loyalty-server --seed-demo ...").arg(baseMembers));
    if (runServer(server, {QStringLiteral("--data"), dir, QStringLiteral("--seed-demo"),
                           QString::number(baseMembers)}) != 0)
        return false;
    BenchDatabase db(databasePath(dir));
    const qint64 baseLots = db.value(QStringLiteral("SELECT COUNT(*) FROM lots"));
    const qint64 baseEntries = db.value(QStringLiteral("SELECT MAX(id) FROM ledger_entries"));
    const qint64 baseLotMax = db.value(QStringLiteral("SELECT MAX(id) FROM lots"));
    if (baseLots <= 0)
        return false;
    say(QStringLiteral("base: %1 lots; copying members until %2 lots ...").arg(baseLots).arg(lots));
    qint64 have = baseLots;
    while (have < lots) {
        qint64 members = baseMembers;
        if (lots - have < baseLots) // the last copy: only as many members as still needed
            members = std::max<qint64>(1, baseMembers * (lots - have) / baseLots);
        if (!copyMembers(db, members, baseEntries, baseLotMax))
            return false;
        have = db.value(QStringLiteral("SELECT COUNT(*) FROM lots"));
        say(QStringLiteral("  %1 lots (%2 s)").arg(have).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    db.exec(QStringLiteral("PRAGMA analysis_limit=1000"));
    db.exec(QStringLiteral("ANALYZE"));
    say(QStringLiteral("seeded %1 lots in %2 s").arg(have).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Expiry run throughput through the real server."));
    parser.addHelpOption();
    const QCommandLineOption lotsOption(QStringLiteral("lots"), QStringLiteral("Lots in the database."),
                                        QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data directory (DIR/seed is kept and reused)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption baseOption(QStringLiteral("base-members"),
                                        QStringLiteral("Members seeded through --seed-demo, then copied."),
                                        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption daysOption(
        QStringLiteral("days-ahead"), QStringLiteral("Expire at now + this many days (400: every open lot)."),
        QStringLiteral("DAYS"), QStringLiteral("400"));
    const QCommandLineOption batchOption(QStringLiteral("batch-size"),
                                         QStringLiteral("--expire-batch-size for the run (server default)."),
                                         QStringLiteral("N"));
    const QCommandLineOption inPlaceOption(QStringLiteral("in-place"),
                                           QStringLiteral("Expire DIR/seed itself (no copy; uses it up)."));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("loyalty-server binary."),
                                          QStringLiteral("PATH"), QStringLiteral(LOYALTY_SERVER_BIN));
    parser.addOptions(
        {lotsOption, dataOption, baseOption, daysOption, batchOption, inPlaceOption, serverOption});
    parser.process(app);

    const qint64 lots = parser.value(lotsOption).toLongLong();
    const int baseMembers = std::max(100, parser.value(baseOption).toInt());
    const QString server = parser.value(serverOption);
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QDir::current().filePath(QStringLiteral("bench-expiry-%1").arg(lots));
    const QString seedDir = QDir(dataDir).filePath(QStringLiteral("seed"));
    const QString runDir =
        parser.isSet(inPlaceOption) ? seedDir : QDir(dataDir).filePath(QStringLiteral("run"));

    // 1. Data: seed unless DIR/seed already holds about as many lots as asked.
    qint64 existing = 0;
    if (QFile::exists(databasePath(seedDir)))
        existing = BenchDatabase(databasePath(seedDir))
                       .value(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM lots"));
    if (existing < lots * 98 / 100) {
        if (!seed(server, seedDir, lots, baseMembers)) {
            say(QStringLiteral("seeding failed"));
            return 1;
        }
    } else {
        say(QStringLiteral("reusing %1 with %2 lots").arg(seedDir).arg(existing));
    }
    if (runDir != seedDir) {
        QElapsedTimer copying;
        copying.start();
        if (!copyDatabase(seedDir, runDir)) {
            say(QStringLiteral("cannot copy %1 to %2").arg(seedDir, runDir));
            return 1;
        }
        say(QStringLiteral("copied the seed to %1 in %2 s")
                .arg(runDir)
                .arg(copying.elapsed() / 1000.0, 0, 'f', 1));
    }

    // 2. What the run should take.
    const QDateTime now = QDateTime::currentDateTimeUtc()
                              .addDays(parser.value(daysOption).toInt())
                              .toTimeZone(QTimeZone::utc());
    qint64 total = 0;
    qint64 lapsing = 0;
    {
        BenchDatabase db(databasePath(runDir));
        total = db.value(QStringLiteral("SELECT COUNT(*) FROM lots"));
        lapsing =
            db.value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0 AND expires_at <= ?"),
                     {now.toMSecsSinceEpoch()});
    }
    say(QStringLiteral("\n%1 lots, %2 lapsed at %3").arg(total).arg(lapsing).arg(now.toString(Qt::ISODate)));

    // 3. The run, as a real process.
    QStringList arguments{QStringLiteral("--data"), runDir, QStringLiteral("--expire-lots"),
                          QStringLiteral("--now"), now.toString(Qt::ISODateWithMs)};
    if (parser.isSet(batchOption))
        arguments << QStringLiteral("--expire-batch-size") << parser.value(batchOption);
    QElapsedTimer wall;
    wall.start();
    QByteArray output;
    const int code = runServer(server, arguments, &output);
    const double wallSeconds = wall.elapsed() / 1000.0;
    std::fprintf(stdout, "%s", output.constData());
    static const QRegularExpression summary(
        QStringLiteral("expired (\\d+) lots .* ([0-9.]+) s: (\\d+) lots/s"));
    const auto match = summary.match(QString::fromUtf8(output));
    if (code != 0 || !match.hasMatch()) {
        say(QStringLiteral("the expiry run failed (exit code %1)").arg(code));
        return 1;
    }
    const qint64 expired = match.captured(1).toLongLong();
    const double seconds = match.captured(2).toDouble();
    const double rate = match.captured(3).toDouble();
    say(QStringLiteral("\nlots expired    %1 (of %2 lapsed, %3 in the database)")
            .arg(expired)
            .arg(lapsing)
            .arg(total));
    say(QStringLiteral("seconds         %1 (the run), %2 (the process, start to exit)")
            .arg(seconds, 0, 'f', 1)
            .arg(wallSeconds, 0, 'f', 1));
    say(QStringLiteral("lots/s          %1 (the run), %2 (the process)")
            .arg(rate, 0, 'f', 0)
            .arg(expired / std::max(0.001, wallSeconds), 0, 'f', 0));
    const bool met = rate >= kTargetLotsPerSecond && expired == lapsing;
    say(QStringLiteral("target >= %1 lots/s: %2")
            .arg(kTargetLotsPerSecond, 0, 'f', 0)
            .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met")));

    // 4. The invariant.
    QElapsedTimer verifying;
    verifying.start();
    QByteArray verifyOutput;
    const int verifyCode =
        runServer(server, {QStringLiteral("--data"), runDir, QStringLiteral("--verify")}, &verifyOutput);
    say(QStringLiteral("\n--verify (exit code %1, %2 s): %3")
            .arg(verifyCode)
            .arg(verifying.elapsed() / 1000.0, 0, 'f', 1)
            .arg(QString::fromUtf8(verifyOutput).trimmed()));
    return met && verifyCode == 0 ? 0 : 3;
}
