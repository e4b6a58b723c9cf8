#include "server/Database.h"
#include "server/DemoRedemptions.h"
#include "server/DemoSeeder.h"
#include "server/LedgerVerifier.h"
#include "server/Migrations.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using loyalty::server::Database;
using loyalty::server::DemoRedemptions;
using loyalty::server::DemoSeeder;
using loyalty::server::LedgerVerifier;
using loyalty::server::Migrations;

// DemoRedemptions in process over demo members and a small catalogue: every status and case state shows
// up, and points, lots and stock stay as consistent as real redemptions leave them.
class TestDemoRedemptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void placedOverTheCatalogue();
    void redemptionsInEveryStatus();
    void casesOpenAndResolved();
    void ledgerAndLotsStayConsistent();
    void stockIsItsMovements();
    void seedingAgainAddsNothing();

private:
    static qint64 value(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    DemoRedemptions::Summary m_summary;
};

qint64 TestDemoRedemptions::value(const QString &sql)
{
    QSqlQuery query(Database::connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestDemoRedemptions::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database::setPath(m_dir->filePath(QStringLiteral("loyalty.sqlite")));
    QVERIFY(Migrations::run());
    DemoSeeder::Summary seeded;
    QVERIFY(DemoSeeder::seed(1000, &seeded));
    m_summary.placed = int(value(QStringLiteral("SELECT COUNT(*) FROM redemptions")));
    m_summary.casesOpened = int(value(QStringLiteral("SELECT COUNT(*) FROM after_sales_cases")));
    m_summary.casesResolved =
        int(value(QStringLiteral("SELECT COUNT(*) FROM after_sales_cases WHERE status = 'resolved'")));
}

void TestDemoRedemptions::cleanupTestCase()
{
    Database::closeThisThread();
    m_dir.reset();
}

void TestDemoRedemptions::placedOverTheCatalogue()
{
    // The seeder placed them over its own catalogue, picking other pairs where the mall refused one.
    QCOMPARE(m_summary.placed, int(value(QStringLiteral("SELECT COUNT(*) FROM redemptions"))));
    QVERIFY2(m_summary.placed >= 200, qPrintable(QString::number(m_summary.placed)));
    QVERIFY(value(QStringLiteral("SELECT COUNT(DISTINCT item_id) FROM redemptions")) >= 20);
}

void TestDemoRedemptions::redemptionsInEveryStatus()
{
    for (const char *status : {"placed", "fulfilled", "shipped", "completed", "cancelled"}) {
        const qint64 count = value(QStringLiteral("SELECT COUNT(*) FROM redemptions WHERE status = '%1'")
                                       .arg(QLatin1String(status)));
        QVERIFY2(count >= 5, status);
    }
    // Every redemption has its timeline, starting with "placed", and its audit row.
    QCOMPARE(
        value(QStringLiteral("SELECT COUNT(*) FROM redemptions r WHERE (SELECT kind FROM redemption_events e "
                             "WHERE e.redemption_id = r.id ORDER BY id LIMIT 1) <> 'placed'")),
        0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'redemption.place'")),
             qint64(m_summary.placed));
    // Placed over the last 30 days, the newest id the newest.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM redemptions a JOIN redemptions b ON b.id > a.id AND "
                                  "b.placed_at < a.placed_at")),
             0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM redemptions WHERE placed_at > %1")
                       .arg(QDateTime::currentMSecsSinceEpoch())),
             0);
}

void TestDemoRedemptions::casesOpenAndResolved()
{
    QVERIFY(m_summary.casesOpened >= 5);
    QVERIFY(m_summary.casesResolved >= 2);
    QVERIFY(value(QStringLiteral("SELECT COUNT(*) FROM after_sales_cases WHERE status = 'open'")) >= 2);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM after_sales_cases WHERE status = 'resolved'")),
             qint64(m_summary.casesResolved));
    // Cases only on delivered redemptions.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM after_sales_cases c JOIN redemptions r ON r.id = "
                                  "c.redemption_id WHERE r.status IN ('placed', 'cancelled')")),
             0);
}

void TestDemoRedemptions::ledgerAndLotsStayConsistent()
{
    LedgerVerifier::Report report;
    QVERIFY(LedgerVerifier::run(&report));
    QVERIFY2(report.violations == 0, qPrintable(report.first.join(QLatin1Char('\n'))));
    // Each redemption with points took them with one spend; a cancelled one got them back with one refund.
    QCOMPARE(
        value(QStringLiteral("SELECT COUNT(*) FROM redemptions r JOIN ledger_entries e ON e.id = r.entry_id "
                             "WHERE e.kind <> 'spend' OR e.amount <> -r.points")),
        0);
    QCOMPARE(
        value(QStringLiteral("SELECT COUNT(*) FROM redemptions r WHERE r.status = 'cancelled' AND NOT EXISTS "
                             "(SELECT 1 FROM ledger_entries e WHERE e.reverses_entry_id = r.entry_id AND "
                             "e.kind = 'refund' AND e.amount = r.points)")),
        0);
    // Refunds give back to the spend's lots: positive entries that open lots are the ones naming no entry.
    QCOMPARE(value(QStringLiteral(
                 "SELECT COUNT(*) FROM ledger_entries WHERE amount > 0 AND reverses_entry_id IS NULL")),
             value(QStringLiteral("SELECT COUNT(*) FROM lots")));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE actor <> 'demo'")), 0);
}

void TestDemoRedemptions::stockIsItsMovements()
{
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM items i WHERE i.stock <> (SELECT SUM(delta) FROM "
                                  "stock_movements m WHERE m.item_id = i.id)")),
             0);
    QCOMPARE(
        value(QStringLiteral("SELECT COUNT(*) FROM redemptions r WHERE NOT EXISTS (SELECT 1 FROM "
                             "stock_movements m WHERE m.redemption_id = r.id AND m.kind = 'reservation' AND "
                             "m.delta = -r.quantity)")),
        0);
    QVERIFY(value(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'release'")) > 0);
    QVERIFY(value(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'shipment'")) > 0);
}

void TestDemoRedemptions::seedingAgainAddsNothing()
{
    DemoRedemptions::Summary again;
    QVERIFY(DemoRedemptions::seed(8, &again));
    QCOMPARE(again.placed, 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM redemptions")), qint64(m_summary.placed));
}

QTEST_GUILESS_MAIN(TestDemoRedemptions)
#include "tst_demoredemptions.moc"
