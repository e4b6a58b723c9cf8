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
    void nothingWithoutItems();
    void redemptionsInEveryStatus();
    void casesOpenAndResolved();
    void ledgerAndLotsStayConsistent();
    void stockIsItsMovements();
    void seedingAgainAddsNothing();

private:
    static qint64 value(const QString &sql);
    static void addItem(const QString &category, qint64 pointsPrice, qint64 stock);

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

void TestDemoRedemptions::addItem(const QString &category, qint64 pointsPrice, qint64 stock)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO items (name, category, points_price, status, stock, created_at, "
                       "updated_at) VALUES (?, ?, ?, 'on', ?, ?, ?)"));
    insert.bindValue(0, QStringLiteral("演示%1").arg(category));
    insert.bindValue(1, category);
    insert.bindValue(2, pointsPrice);
    insert.bindValue(3, stock);
    insert.bindValue(4, now - 90LL * 24 * 60 * 60 * 1000);
    insert.bindValue(5, now);
    QVERIFY(insert.exec());
    QSqlQuery movement(Database::connection());
    movement.prepare(
        QStringLiteral("INSERT INTO stock_movements (item_id, kind, delta, quantity_after, reason, actor, "
                       "created_at) VALUES (?, 'inbound', ?, ?, 'initial stock', 'demo', ?)"));
    movement.bindValue(0, insert.lastInsertId());
    movement.bindValue(1, stock);
    movement.bindValue(2, stock);
    movement.bindValue(3, now);
    QVERIFY(movement.exec());
}

void TestDemoRedemptions::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database::setPath(m_dir->filePath(QStringLiteral("loyalty.sqlite")));
    QVERIFY(Migrations::run());
    DemoSeeder::Summary seeded;
    QVERIFY(DemoSeeder::seed(400, &seeded));
}

void TestDemoRedemptions::cleanupTestCase()
{
    Database::closeThisThread();
    m_dir.reset();
}

void TestDemoRedemptions::nothingWithoutItems()
{
    // The seeder ran it already: no catalogue, no redemptions.
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM redemptions")), 0);
    DemoRedemptions::Summary summary;
    QVERIFY(DemoRedemptions::seed(1, &summary));
    QCOMPARE(summary.placed, 0);

    addItem(QStringLiteral("coupon"), 200, 500);
    addItem(QStringLiteral("physicalGift"), 800, 300);
    addItem(QStringLiteral("charity"), 100, 1000);
    addItem(QStringLiteral("virtualRight"), 1500, 200);
    addItem(QStringLiteral("physicalGift"), 300, 20); // runs out: some refusals on the way
    QVERIFY(DemoRedemptions::seed(7, &m_summary));
    QVERIFY2(m_summary.placed >= 200, qPrintable(QString::number(m_summary.placed)));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM redemptions")), qint64(m_summary.placed));
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
