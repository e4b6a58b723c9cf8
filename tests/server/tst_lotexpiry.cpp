#include "server/Database.h"
#include "server/DemoSeeder.h"
#include "server/LedgerVerifier.h"
#include "server/LotExpiry.h"
#include "server/Migrations.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using loyalty::server::Database;
using loyalty::server::DemoSeeder;
using loyalty::server::LedgerVerifier;
using loyalty::server::LotExpiry;
using loyalty::server::Migrations;

// LotExpiry in process: the onBatch contract (progress, cancel) that a server job builds on, members
// of every status, the entries it writes, and a refused batch leaving nothing behind. The CLI side
// (--expire-lots, resume after a kill) is in tst_lotsapi.
class TestLotExpiry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void progressRisesToOneBatchByBatch();
    void cancelStopsAfterTheBatchAndALaterRunTakesTheRest();
    void lotsLapseWhateverTheMemberStatus();
    void entriesCarryRunningBalances();
    void aMemberShortOfItsLotsStopsTheRunAndLeavesTheBatchOut();

private:
    static qint64 value(const QString &sql, const QVariantList &bind = {});
    static bool exec(const QString &sql, const QVariantList &bind = {});
    static qint64 lapsed(qint64 at);
    static void verifyInvariant();

    std::unique_ptr<QTemporaryDir> m_dir;
    // Every seeded lot lapses, also the 24 months of the top tier.
    const QDateTime m_now = QDateTime::currentDateTimeUtc().addDays(800);
};

qint64 TestLotExpiry::value(const QString &sql, const QVariantList &bind)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < bind.size(); ++i)
        query.bindValue(int(i), bind.at(i));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool TestLotExpiry::exec(const QString &sql, const QVariantList &bind)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < bind.size(); ++i)
        query.bindValue(int(i), bind.at(i));
    return query.exec();
}

qint64 TestLotExpiry::lapsed(qint64 at)
{
    return value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0 AND expires_at <= ?"), {at});
}

void TestLotExpiry::verifyInvariant()
{
    LedgerVerifier::Report report;
    QVERIFY(LedgerVerifier::run(&report));
    QVERIFY2(report.violations == 0, qPrintable(report.first.join(QLatin1Char('\n'))));
    // Every lapsed lot expired once, by exactly one entry that took all that was left of it.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM (SELECT c.lot_id FROM lot_consumptions c JOIN "
                                  "ledger_entries e ON e.id = c.entry_id WHERE e.kind = 'expire' "
                                  "GROUP BY c.lot_id HAVING COUNT(*) > 1)")),
             0);
}

void TestLotExpiry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database::closeThisThread();
    Database::setPath(m_dir->filePath(QStringLiteral("loyalty.sqlite")));
    QVERIFY(Migrations::run());
    DemoSeeder::Summary seeded;
    QVERIFY(DemoSeeder::seed(300, &seeded));
}

void TestLotExpiry::cleanup()
{
    Database::closeThisThread();
    m_dir.reset();
}

void TestLotExpiry::progressRisesToOneBatchByBatch()
{
    const qint64 lapsing = lapsed(m_now.toMSecsSinceEpoch());
    QVERIFY(lapsing > 1000);
    LotExpiry::Settings settings;
    settings.now = m_now;
    settings.batchSize = 200;
    QList<double> fractions;
    QList<qint64> lots;
    settings.onBatch = [&](const LotExpiry::Summary &soFar, double fraction) {
        fractions.append(fraction);
        lots.append(soFar.lots);
        // Called after the commit: what it reports is already in the database.
        if (value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")) != soFar.lots)
            return false;
        return soFar.batches == fractions.size();
    };
    LotExpiry::Summary summary;
    QVERIFY(LotExpiry::run(settings, &summary));
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.lots, lapsing);
    QCOMPARE(summary.batches, fractions.size());
    QCOMPARE(fractions.size(), (lapsing + 199) / 200);
    for (qsizetype i = 0; i < fractions.size(); ++i) {
        QVERIFY(fractions.at(i) >= 0.0 && fractions.at(i) <= 1.0);
        QCOMPARE(lots.at(i), std::min<qint64>(lapsing, 200 * (i + 1)));
        if (i > 0)
            QVERIFY2(fractions.at(i) > fractions.at(i - 1), qPrintable(QString::number(i)));
    }
    QCOMPARE(fractions.constLast(), 1.0);
    QCOMPARE(lapsed(m_now.toMSecsSinceEpoch()), 0);
    verifyInvariant();
}

void TestLotExpiry::cancelStopsAfterTheBatchAndALaterRunTakesTheRest()
{
    const qint64 lapsing = lapsed(m_now.toMSecsSinceEpoch());
    LotExpiry::Settings settings;
    settings.now = m_now;
    settings.batchSize = 250;
    int calls = 0;
    settings.onBatch = [&](const LotExpiry::Summary &, double fraction) {
        ++calls;
        return fraction < 0; // cancel at once
    };
    LotExpiry::Summary first;
    QVERIFY(LotExpiry::run(settings, &first)); // a cancel is not a failure
    QVERIFY(first.cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(first.batches, 1);
    QCOMPARE(first.lots, 250);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")), 250);
    QCOMPARE(lapsed(m_now.toMSecsSinceEpoch()), lapsing - 250);
    verifyInvariant(); // a cancelled run leaves a consistent ledger

    settings.onBatch = {};
    LotExpiry::Summary rest;
    QVERIFY(LotExpiry::run(settings, &rest));
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.lots, lapsing - 250);
    QCOMPARE(first.points + rest.points,
             value(QStringLiteral("SELECT -SUM(amount) FROM ledger_entries WHERE kind = 'expire'")));
    QCOMPARE(lapsed(m_now.toMSecsSinceEpoch()), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")), lapsing);
    verifyInvariant();

    // Nothing left: no batch, no callback.
    calls = 0;
    settings.onBatch = [&](const LotExpiry::Summary &, double) { return ++calls > 0; };
    LotExpiry::Summary none;
    QVERIFY(LotExpiry::run(settings, &none));
    QCOMPARE(none.lots, 0);
    QCOMPARE(calls, 0);
}

void TestLotExpiry::lotsLapseWhateverTheMemberStatus()
{
    // Freezing or blacklisting stops earning and spending, not the clock.
    QVERIFY(exec(QStringLiteral("UPDATE members SET status = 'frozen' WHERE id IN (3, 4, 150)")));
    QVERIFY(exec(QStringLiteral("UPDATE members SET status = 'blacklisted' WHERE id IN (5, 299)")));
    const qint64 inactiveLapsing = value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE member_id IN (3, 4, "
                                                        "5, 150, 299) AND remaining > 0 AND expires_at <= ?"),
                                         {m_now.toMSecsSinceEpoch()});
    QVERIFY(inactiveLapsing > 10);
    LotExpiry::Settings settings;
    settings.now = m_now;
    settings.batchSize = 100;
    LotExpiry::Summary summary;
    QVERIFY(LotExpiry::run(settings, &summary));
    QCOMPARE(lapsed(m_now.toMSecsSinceEpoch()), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire' AND "
                                  "member_id IN (3, 4, 5, 150, 299)")),
             inactiveLapsing);
    QCOMPARE(value(QStringLiteral(
                 "SELECT COALESCE(SUM(balance), 0) FROM members WHERE id IN (3, 4, 5, 150, 299)")),
             0);
    // Statuses stay as they were.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM members WHERE status = 'frozen'")), 3);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM members WHERE status = 'blacklisted'")), 2);
    verifyInvariant();
}

void TestLotExpiry::entriesCarryRunningBalances()
{
    // Half the lots lapse: members keep some points, and each entry's balance_after is the member's
    // balance after it, in entry order.
    const qint64 at = QDateTime::currentDateTimeUtc().addDays(150).toMSecsSinceEpoch();
    const qint64 lapsing = lapsed(at);
    QVERIFY(lapsing > 100);
    LotExpiry::Settings settings;
    settings.now = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    settings.batchSize = 77; // members split across batches
    LotExpiry::Summary summary;
    QVERIFY(LotExpiry::run(settings, &summary));
    QCOMPARE(summary.lots, lapsing);
    QVERIFY(value(QStringLiteral("SELECT COUNT(*) FROM members WHERE balance > 0")) > 100);
    QCOMPARE(
        value(QStringLiteral("SELECT COUNT(*) FROM (SELECT balance_after, SUM(amount) OVER (PARTITION BY "
                             "member_id ORDER BY id) AS running FROM ledger_entries) WHERE running <> "
                             "balance_after")),
        0);
    // Posted by the system at the run's clock, one per lot, taking what was left of it.
    QCOMPARE(
        value(
            QStringLiteral(
                "SELECT COUNT(*) FROM ledger_entries e JOIN lot_consumptions c ON c.entry_id = e.id "
                "JOIN lots l ON l.id = c.lot_id WHERE e.kind = 'expire' AND e.actor = 'system' AND "
                "e.source = 'expiry' AND e.reason = 'expiry' AND e.note = '' AND e.actor_id IS NULL AND "
                "e.status = 'posted' AND e.created_at = ? AND e.expires_at IS NULL AND l.expired_at = ? AND "
                "l.remaining = 0 AND l.member_id = e.member_id AND c.amount = -e.amount AND l.expires_at <= "
                "?"),
            {at, at, at}),
        lapsing);
    // Within each member, in expiry order.
    QCOMPARE(value(QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT e.id, e.member_id, l.expires_at, l.id AS lot, "
                 "LAG(l.expires_at) OVER w "
                 "AS previous_expiry, LAG(l.id) OVER w AS previous_lot FROM ledger_entries e JOIN "
                 "lot_consumptions "
                 "c ON c.entry_id = e.id JOIN lots l ON l.id = c.lot_id WHERE e.kind = 'expire' WINDOW w AS "
                 "(PARTITION BY e.member_id ORDER BY e.id)) WHERE (expires_at, lot) < (previous_expiry, "
                 "previous_lot)")),
             0);
    verifyInvariant();
}

void TestLotExpiry::aMemberShortOfItsLotsStopsTheRunAndLeavesTheBatchOut()
{
    // The first member with points: its cached balance below its open lots, the run must not post on
    // top of that.
    const qint64 member = value(QStringLiteral("SELECT MIN(member_id) FROM lots WHERE remaining > 0"));
    QVERIFY(member > 0);
    QVERIFY(exec(QStringLiteral("UPDATE members SET balance = 0 WHERE id = ?"), {member}));
    LotExpiry::Settings settings;
    settings.now = m_now;
    settings.batchSize = 1000;
    LotExpiry::Summary summary;
    QVERIFY(!LotExpiry::run(settings, &summary));
    QCOMPARE(summary.lots, 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM lot_consumptions c JOIN ledger_entries e ON e.id = "
                                  "c.entry_id WHERE e.kind = 'expire'")),
             0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE expired_at IS NOT NULL")), 0);
    // The connection is as it was: foreign keys on again.
    QCOMPARE(value(QStringLiteral("PRAGMA foreign_keys")), 1);
}

QTEST_GUILESS_MAIN(TestLotExpiry)
#include "tst_lotexpiry.moc"
