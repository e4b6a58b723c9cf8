#include "core/DefaultTierLadder.h"
#include "core/TierLadder.h"
#include "server/ServerDatabase.h"
#include "support/TestServer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using loyalty::MemberMetrics;
using loyalty::TierLadder;
using loyalty::test::ServerDatabase;
using loyalty::test::TestServer;

// --seed-demo: balances follow from the ledger, identities are unique and well formed.
class TestDemoSeeder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedsTheRequestedMembers();
    void balancesEqualTheLedger();
    void balanceAfterRunsThroughTheLedger();
    void memberNumbersAreUniqueTenDigits();
    void phonesAreUniqueMobileNumbers();
    void namesAreChinese();
    void historyHasEarnsAdjustmentsAndSpends();
    void historyLeavesLotsThatExpireSoon();
    void metricsFitTheTierUnderTheDefaultLadder();
    void catalogueCoversTheMall();
    void seedingAgainAddsMembers();
    void colleagueFilesApprovalsThatWait();

private:
    TestServer m_server;
    std::unique_ptr<ServerDatabase> m_db;
};

void TestDemoSeeder::initTestCase()
{
    QString output;
    QVERIFY(m_server.run({QStringLiteral("--seed-demo"), QStringLiteral("200")}, {}, &output));
    QVERIFY2(output.contains(QLatin1String("members/s")), qPrintable(output));
    m_db = std::make_unique<ServerDatabase>(m_server.databasePath());
    QVERIFY(m_db->isOpen());
}

void TestDemoSeeder::seedsTheRequestedMembers()
{
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM members")).toInt(), 200);
}

void TestDemoSeeder::balancesEqualTheLedger()
{
    const auto rows = m_db->rows(QStringLiteral("SELECT m.id, m.balance, COALESCE((SELECT SUM(amount) FROM "
                                                "ledger_entries l WHERE l.member_id = m.id), 0) "
                                                "FROM members m"));
    QCOMPARE(rows.size(), 200);
    for (const QVariantList &row : rows) {
        QVERIFY2(row.at(1).toLongLong() == row.at(2).toLongLong(), qPrintable(row.at(0).toString()));
        QVERIFY(row.at(1).toLongLong() >= 0);
    }
}

void TestDemoSeeder::balanceAfterRunsThroughTheLedger()
{
    const auto rows = m_db->rows(QStringLiteral("SELECT member_id, amount, balance_after FROM ledger_entries "
                                                "ORDER BY member_id, id"));
    qint64 member = -1;
    qint64 running = 0;
    for (const QVariantList &row : rows) {
        if (row.at(0).toLongLong() != member) {
            member = row.at(0).toLongLong();
            running = 0;
        }
        running += row.at(1).toLongLong();
        QCOMPARE(row.at(2).toLongLong(), running);
        QVERIFY(running >= 0);
    }
}

void TestDemoSeeder::memberNumbersAreUniqueTenDigits()
{
    static const QRegularExpression tenDigits(QStringLiteral("^\\d{10}$"));
    QSet<QString> seen;
    for (const QVariantList &row : m_db->rows(QStringLiteral("SELECT member_no FROM members"))) {
        const QString number = row.at(0).toString();
        QVERIFY2(tenDigits.match(number).hasMatch(), qPrintable(number));
        QVERIFY(number.startsWith(QLatin1String("88")));
        QVERIFY2(!seen.contains(number), qPrintable(number));
        seen.insert(number);
    }
}

void TestDemoSeeder::phonesAreUniqueMobileNumbers()
{
    static const QRegularExpression mobile(
        QStringLiteral("^1(3\\d|5[0-35-9]|7[035-8]|8\\d|9[135-9])\\d{8}$"));
    QSet<QString> seen;
    QSet<QString> lastFour;
    for (const QVariantList &row : m_db->rows(QStringLiteral("SELECT phone, phone_last4 FROM members"))) {
        const QString phone = row.at(0).toString();
        QVERIFY2(mobile.match(phone).hasMatch(), qPrintable(phone));
        QCOMPARE(row.at(1).toString(), phone.right(4));
        QVERIFY2(!seen.contains(phone), qPrintable(phone));
        seen.insert(phone);
        lastFour.insert(phone.right(4));
    }
    QVERIFY(lastFour.size() > 150); // scattered, not a counter
}

void TestDemoSeeder::namesAreChinese()
{
    for (const QVariantList &row : m_db->rows(QStringLiteral("SELECT name FROM members"))) {
        const QString name = row.at(0).toString();
        QVERIFY2(name.size() >= 2 && name.size() <= 4, qPrintable(name));
        for (const QChar c : name)
            QVERIFY(c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
    }
}

void TestDemoSeeder::historyHasEarnsAdjustmentsAndSpends()
{
    const auto kinds = m_db->rows(QStringLiteral("SELECT kind, COUNT(*) FROM ledger_entries GROUP BY kind"));
    QSet<QString> seen;
    for (const QVariantList &row : kinds)
        seen.insert(row.at(0).toString());
    QVERIFY(seen.contains(QStringLiteral("earn")));
    QVERIFY(seen.contains(QStringLiteral("adjust")));
    QVERIFY(seen.contains(QStringLiteral("spend")));
    const int perMember = m_db->value(QStringLiteral("SELECT COUNT(*) / 200 FROM ledger_entries")).toInt();
    QVERIFY2(perMember >= 5 && perMember <= 25, qPrintable(QString::number(perMember)));
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE actor <> 'demo'")).toInt(),
             0);
    QVERIFY(m_db->value(QStringLiteral("SELECT COUNT(DISTINCT tier_id) FROM members")).toInt() >= 2);
}

void TestDemoSeeder::historyLeavesLotsThatExpireSoon()
{
    // Every earn opened a lot through the ledger, and the lots hold exactly the balances. (A refund of a
    // demo redemption gives back to the spend's lots and opens none.)
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE amount > 0 AND "
                                        "reverses_entry_id IS NULL"))
                 .toInt(),
             m_db->value(QStringLiteral("SELECT COUNT(*) FROM lots")).toInt());
    QCOMPARE(m_db->value(QStringLiteral("SELECT SUM(remaining) FROM lots")).toLongLong(),
             m_db->value(QStringLiteral("SELECT SUM(balance) FROM members")).toLongLong());
    // A year of history with a 12-month expiry: some members have points lapsing within 30 days.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int expiringSoon =
        m_db->value(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM lots WHERE remaining > 0 AND "
                                   "expires_at > ? AND expires_at <= ?"),
                    {now, now + 30LL * 24 * 60 * 60 * 1000})
            .toInt();
    QVERIFY2(expiringSoon >= 5, qPrintable(QString::number(expiringSoon)));
}

void TestDemoSeeder::metricsFitTheTierUnderTheDefaultLadder()
{
    const TierLadder ladder(loyalty::defaultTierLadder());
    const auto rows = m_db->rows(QStringLiteral("SELECT m.id, t.rank, m.tier_until, m.cumulative_spend, "
                                                "m.period_spend, m.recent_orders, m.interactions, "
                                                "m.completed_tasks, m.visit_minutes, m.period_points FROM "
                                                "members m JOIN tiers t ON t.id = m.tier_id"));
    QCOMPARE(rows.size(), 200);
    const qint64 windowEnd = QDateTime::currentMSecsSinceEpoch() + 30LL * 24 * 60 * 60 * 1000;
    int higher = 0;
    int retentionCases = 0;
    int retentionCasesInWindow = 0;
    int withinReach = 0;
    for (const QVariantList &row : rows) {
        const int rank = row.at(1).toInt();
        MemberMetrics metrics;
        for (size_t i = 0; i < metrics.values.size(); ++i) {
            metrics.values[i] = row.at(3 + int(i)).toLongLong();
            QVERIFY(metrics.values[i] >= 0);
        }
        QVERIFY(metrics.value(loyalty::TierMetric::PeriodSpend) <=
                metrics.value(loyalty::TierMetric::CumulativeSpend));
        const loyalty::TierStanding standing = ladder.standing(rank, metrics);
        // Nobody is above their tier (upgrades happen at once); below it only a retention case.
        QVERIFY2(standing.qualifiesFor <= rank, qPrintable(row.at(0).toString()));
        if (standing.qualifiesFor < rank) {
            QVERIFY2(!standing.retained, qPrintable(row.at(0).toString()));
            QCOMPARE(standing.rankAtPeriodEnd, rank - 1);
            ++retentionCases;
            if (row.at(2).toLongLong() <= windowEnd)
                ++retentionCasesInWindow;
        }
        if (rank > 1)
            ++higher;
        // Within reach: 80% or more of the next tier's nearest bar.
        if (standing.toNext && metrics.value(standing.toNext->metric) * 10 >= standing.toNext->needed() * 8)
            ++withinReach;
    }
    QVERIFY2(retentionCases >= 1 && retentionCases * 100 <= higher * 10,
             qPrintable(QStringLiteral("%1 of %2").arg(retentionCases).arg(higher)));
    QVERIFY2(retentionCasesInWindow >= 1, qPrintable(QString::number(retentionCasesInWindow)));
    // Those in the warning window are flagged at risk already, and nobody else.
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM members WHERE tier_at_risk_since IS NOT NULL"))
                 .toInt(),
             retentionCasesInWindow);
    QVERIFY2(withinReach * 100 >= 200 * 5 && withinReach * 100 <= 200 * 30,
             qPrintable(QString::number(withinReach)));
}

void TestDemoSeeder::catalogueCoversTheMall()
{
    const int items = m_db->value(QStringLiteral("SELECT COUNT(*) FROM items")).toInt();
    QVERIFY2(items >= 35 && items <= 50, qPrintable(QString::number(items)));
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(DISTINCT category) FROM items")).toInt(), 6);
    for (const char *band :
         {"points_price < 1000", "points_price >= 1000 AND points_price < 10000", "points_price >= 10000"})
        QVERIFY2(m_db->value(QStringLiteral("SELECT COUNT(*) FROM items WHERE %1").arg(QLatin1String(band)))
                         .toInt() >= 3,
                 band);
    const auto count = [&](const char *where) {
        return m_db->value(QStringLiteral("SELECT COUNT(*) FROM items WHERE %1").arg(QLatin1String(where)))
            .toInt();
    };
    QVERIFY(count("cash_price > 0") >= 3);
    QVERIFY(count("tier_prices_json <> '[]'") >= 3);
    QVERIFY(count("min_tier_rank > 1") >= 3);
    QVERIFY(count("stock = 0") >= 1);
    QVERIFY(count("stock > 0 AND stock <= low_stock_threshold") >= 1);
    QVERIFY(count("status = 'off'") >= 1);
    QVERIFY(count("shelf_from IS NOT NULL OR shelf_until IS NOT NULL") >= 1);
    // Stock came in through the ledger: every item has an inbound first, and the movements add up.
    QCOMPARE(
        count(
            "NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.item_id = items.id AND m.kind = 'inbound')"),
        0);
    QCOMPARE(
        count("stock <> (SELECT COALESCE(SUM(delta), 0) FROM stock_movements m WHERE m.item_id = items.id)"),
        0);
    // Chinese names.
    for (const QVariantList &row : m_db->rows(QStringLiteral("SELECT name FROM items"))) {
        const QString name = row.at(0).toString();
        QVERIFY2(!name.isEmpty() && name.at(0).unicode() >= 0x4E00, qPrintable(name));
    }
}

void TestDemoSeeder::seedingAgainAddsMembers()
{
    const int items = m_db->value(QStringLiteral("SELECT COUNT(*) FROM items")).toInt();
    QVERIFY(m_server.seedDemo(50));
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), items); // one mall
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM members")).toInt(), 250);
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(DISTINCT phone) FROM members")).toInt(), 250);
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(DISTINCT member_no) FROM members")).toInt(), 250);
}

void TestDemoSeeder::colleagueFilesApprovalsThatWait()
{
    TestServer server;
    QVERIFY(server.run(
        {QStringLiteral("--seed-demo"), QStringLiteral("50"), QStringLiteral("--demo-colleague")}));
    ServerDatabase db(server.databasePath());
    QVERIFY(
        db.value(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE status = 'pending' AND requested_by = "
                                "'lihua' AND ABS(amount) > 5000"))
            .toInt() >= 1);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE actor = 'lihua'")).toInt(),
             0);
    QCOMPARE(db.value(QStringLiteral("SELECT role FROM users WHERE username = 'lihua'")).toString(),
             QStringLiteral("support"));
    QVERIFY(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'approval.request'"))
                .toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
