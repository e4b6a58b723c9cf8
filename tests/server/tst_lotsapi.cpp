#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString isoAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// Runs loyalty-server on a data directory and returns its exit code and output.
int runServer(const QString &dataDir, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::binary(), QStringList{QStringLiteral("--data"), dataDir} + arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

// Expiry lots: FIFO deductions, lot-by-lot reversals, GET /v1/members/{id}/lots, exact
// expiringPoints30d, the expiry run (idempotent, resumable), --verify, and the backfill migration.
class TestLotsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lotsRouteShapeAndPaging();
    void unknownMemberIsNotFound();
    void deductionsTakeEarliestExpiringFirst();
    void reversalOfDeductionRestoresLotByLot();
    void reversalOfPartlySpentAdditionTakesTheRestFifo();
    void reversalRestoresAnExpiredLotAsIs();
    void expiringPoints30dIsExact();
    void expiryRunIsIdempotent();
    void expiryRunResumesWithoutExpiringTwice();
    void expiryRunKilledMidwayResumes();
    void frozenMembersPointsStillExpire();
    void verifyFindsABrokenBalance();
    void migrationBackfillsAnExistingLedger();

private:
    qint64 balance(qint64 memberId);
    qint64 adjust(qint64 memberId, qint64 amount);
    HttpReply reverse(qint64 entryId);
    // Spends the member's whole balance, so the lots that follow are the only open ones.
    void emptyMember(qint64 memberId);
    QList<qint64> lotsOfEntries(const QList<qint64> &entries);
    qint64 remaining(qint64 lotId);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    std::unique_ptr<ServerDatabase> m_db;
};

void TestLotsApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(30));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    m_db = std::make_unique<ServerDatabase>(m_server.databasePath(), false);
    QVERIFY(m_db->isOpen());
}

qint64 TestLotsApi::balance(qint64 memberId)
{
    const HttpReply reply = m_support->get(QStringLiteral("/v1/members/%1").arg(memberId));
    return reply.status == 200 ? reply.json.value(QStringLiteral("balance")).toInteger() : -1;
}

qint64 TestLotsApi::adjust(qint64 memberId, qint64 amount)
{
    const HttpReply reply = m_support->post(
        QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
        {{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toInteger() : 0;
}

HttpReply TestLotsApi::reverse(qint64 entryId)
{
    return m_support->post(QStringLiteral("/v1/ledger/%1/reverse").arg(entryId),
                           {{QStringLiteral("reason"), QStringLiteral("correction")},
                            {QStringLiteral("note"), QStringLiteral("test")}});
}

void TestLotsApi::emptyMember(qint64 memberId)
{
    const qint64 all = balance(memberId);
    if (all > 0)
        QVERIFY(adjust(memberId, -all) != 0);
    QCOMPARE(balance(memberId), 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM lots WHERE member_id = ?"),
                         {memberId})
                 .toLongLong(),
             0);
}

QList<qint64> TestLotsApi::lotsOfEntries(const QList<qint64> &entries)
{
    QList<qint64> lots;
    for (qint64 entry : entries)
        lots.append(
            m_db->value(QStringLiteral("SELECT id FROM lots WHERE entry_id = ?"), {entry}).toLongLong());
    return lots;
}

qint64 TestLotsApi::remaining(qint64 lotId)
{
    return m_db->value(QStringLiteral("SELECT remaining FROM lots WHERE id = ?"), {lotId}).toLongLong();
}

void TestLotsApi::lotsRouteShapeAndPaging()
{
    const HttpReply first = m_support->get(QStringLiteral("/v1/members/1/lots?limit=3"));
    QCOMPARE(first.status, 200);
    QJsonArray all = first.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(all.size(), 3);
    const QJsonObject lot = all.at(0).toObject();
    for (const char *field : {"id", "entryId", "amount", "remaining", "earnedAt", "expiresAt", "status"})
        QVERIFY2(lot.contains(QLatin1String(field)), field);
    QString cursor = first.json.value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    while (!cursor.isEmpty()) {
        const HttpReply next =
            m_support->get(QStringLiteral("/v1/members/1/lots?limit=3&cursor=%1").arg(cursor));
        QCOMPARE(next.status, 200);
        for (const QJsonValue &value : next.json.value(QStringLiteral("items")).toArray())
            all.append(value);
        cursor = next.json.value(QStringLiteral("nextCursor")).toString();
    }
    QCOMPARE(qint64(all.size()),
             m_db->value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE member_id = 1")).toLongLong());
    qint64 open = 0;
    QString previous;
    const int months = m_db->value(QStringLiteral("SELECT MAX(12, t.lot_expiry_months) FROM members m JOIN "
                                                  "tiers t ON t.id = m.tier_id WHERE m.id = 1"))
                           .toInt();
    for (const QJsonValue &value : std::as_const(all)) {
        const QJsonObject item = value.toObject();
        const QString expiresAt = item.value(QStringLiteral("expiresAt")).toString();
        QVERIFY2(previous <= expiresAt, "ordered by expiry");
        previous = expiresAt;
        const qint64 left = item.value(QStringLiteral("remaining")).toInteger();
        const QString status = item.value(QStringLiteral("status")).toString();
        QCOMPARE(status, left > 0 ? QStringLiteral("open") : status);
        QVERIFY(status == QLatin1String("open") || status == QLatin1String("used") ||
                status == QLatin1String("expired"));
        QVERIFY(left <= item.value(QStringLiteral("amount")).toInteger());
        // Each lot names the ledger entry that added it, and lapses 12 months after it, or later when
        // the member's tier keeps lots longer.
        const QDateTime earned =
            QDateTime::fromString(item.value(QStringLiteral("earnedAt")).toString(), Qt::ISODateWithMs);
        QCOMPARE(QDateTime::fromString(expiresAt, Qt::ISODateWithMs), earned.addMonths(months));
        open += left;
    }
    QCOMPARE(open, balance(1));
}

void TestLotsApi::unknownMemberIsNotFound()
{
    QCOMPARE(m_support->get(QStringLiteral("/v1/members/999999/lots")).status, 404);
    QCOMPARE(m_support->get(QStringLiteral("/v1/members/1/lots?limit=0")).status, 400);
}

void TestLotsApi::deductionsTakeEarliestExpiringFirst()
{
    emptyMember(2);
    const QList<qint64> entries{adjust(2, 100), adjust(2, 200), adjust(2, 300)};
    const QList<qint64> lots = lotsOfEntries(entries);
    const qint64 spend = adjust(2, -250);
    QVERIFY(spend != 0);
    QCOMPARE(remaining(lots.at(0)), 0);
    QCOMPARE(remaining(lots.at(1)), 50);
    QCOMPARE(remaining(lots.at(2)), 300);
    const QList<QVariantList> taken = m_db->rows(
        QStringLiteral("SELECT lot_id, amount FROM lot_consumptions WHERE entry_id = ? ORDER BY lot_id"),
        {spend});
    QCOMPARE(taken, (QList<QVariantList>{{lots.at(0), 100}, {lots.at(1), 150}}));
    // The emptied lot reads as used.
    const HttpReply reply = m_support->get(QStringLiteral("/v1/members/2/lots?limit=500"));
    for (const QJsonValue &value : reply.json.value(QStringLiteral("items")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == lots.at(0))
            QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("used"));
    }
    // More than the member has is refused and takes nothing.
    QCOMPARE(adjust(2, -351), 0);
    QCOMPARE(remaining(lots.at(1)), 50);
    QCOMPARE(remaining(lots.at(2)), 300);
}

void TestLotsApi::reversalOfDeductionRestoresLotByLot()
{
    emptyMember(5);
    const QList<qint64> lots = lotsOfEntries({adjust(5, 100), adjust(5, 200), adjust(5, 300)});
    const qint64 spend = adjust(5, -250);
    QVERIFY(adjust(5, -20) != 0); // a later deduction keeps what it took
    QCOMPARE(remaining(lots.at(1)), 30);
    const HttpReply reversal = reverse(spend);
    QCOMPARE(reversal.status, 201);
    QCOMPARE(remaining(lots.at(0)), 100);
    QCOMPARE(remaining(lots.at(1)), 180);
    QCOMPARE(remaining(lots.at(2)), 300);
    QCOMPARE(balance(5), 580);
}

void TestLotsApi::reversalOfPartlySpentAdditionTakesTheRestFifo()
{
    emptyMember(3);
    const qint64 grant = adjust(3, 100);
    const QList<qint64> lots = lotsOfEntries({grant, adjust(3, 200), adjust(3, 50)});
    QVERIFY(adjust(3, -150) != 0); // all of the grant's lot, 50 of the second
    const HttpReply reversal = reverse(grant);
    QCOMPARE(reversal.status, 201);
    QCOMPARE(remaining(lots.at(0)), 0);
    QCOMPARE(remaining(lots.at(1)), 50); // the 100 came from the next lot to expire
    QCOMPARE(remaining(lots.at(2)), 50);
    QCOMPARE(balance(3), 100);
    // When the balance as a whole is short, the reversal is refused.
    const qint64 big = adjust(3, 1000);
    QVERIFY(adjust(3, -1050) != 0);
    const HttpReply refused = reverse(big);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("insufficient_points"));
}

void TestLotsApi::reversalRestoresAnExpiredLotAsIs()
{
    emptyMember(6);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 lot = lotsOfEntries({adjust(6, 100)}).constFirst();
    const qint64 spend = adjust(6, -40);
    // The lot lapses and the run takes the 60 left.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE lots SET expires_at = ? WHERE id = ?"), {now - kDayMs, lot}));
    QVERIFY(m_server.run({QStringLiteral("--expire-lots")}));
    QCOMPARE(remaining(lot), 0);
    QCOMPARE(balance(6), 0);
    // Undoing the spend gives the 40 back to the same (lapsed) lot; the next run takes them.
    QCOMPARE(reverse(spend).status, 201);
    QCOMPARE(remaining(lot), 40);
    QCOMPARE(balance(6), 40);
    QString output;
    QVERIFY(m_server.run({QStringLiteral("--expire-lots")}, {}, &output));
    QCOMPARE(remaining(lot), 0);
    QCOMPARE(balance(6), 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE member_id = 6 AND kind = "
                                        "'expire'"))
                 .toLongLong(),
             2);
}

void TestLotsApi::expiringPoints30dIsExact()
{
    emptyMember(4);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> lots = lotsOfEntries({adjust(4, 100), adjust(4, 200), adjust(4, 400)});
    const QList<qint64> days{10, 29, 40};
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_db->exec(QStringLiteral("UPDATE lots SET expires_at = ? WHERE id = ?"),
                           {now + days.at(i) * kDayMs, lots.at(i)}));
    auto expiring = [this] {
        return m_support->get(QStringLiteral("/v1/members/4"))
            .json.value(QStringLiteral("expiringPoints30d"))
            .toInteger();
    };
    QCOMPARE(expiring(), 300);
    QVERIFY(adjust(4, -150) != 0); // from the lot expiring in 10 days, then 50 of the next
    QCOMPARE(expiring(), 150);
    // The member list says the same.
    const HttpReply list = m_support->get(
        QStringLiteral("/v1/members?q=%1")
            .arg(m_db->value(QStringLiteral("SELECT member_no FROM members WHERE id = 4")).toString()));
    QCOMPARE(list.json.value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("expiringPoints30d"))
                 .toInteger(),
             150);
}

void TestLotsApi::expiryRunIsIdempotent()
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 60 * kDayMs;
    const qint64 lapsing =
        m_db->value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0 AND expires_at <= ?"), {at})
            .toLongLong();
    const qint64 points =
        m_db->value(QStringLiteral("SELECT SUM(remaining) FROM lots WHERE remaining > 0 AND expires_at <= ?"),
                    {at})
            .toLongLong();
    QVERIFY(lapsing > 0); // the demo history has lots lapsing within two months
    const qint64 before =
        m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong();
    QString output;
    QVERIFY(m_server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"), isoAt(at)}, {}, &output));
    QVERIFY2(output.contains(QStringLiteral("expired %1 lots (%2 points)").arg(lapsing).arg(points)),
             qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("lots/s")));
    QCOMPARE(
        m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong(),
        before + lapsing);
    QCOMPARE(
        m_db->value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0 AND expires_at <= ?"), {at})
            .toLongLong(),
        0);
    // Each expire entry took exactly what was left of one lot, posted by the system, dated at --now.
    QCOMPARE(
        m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries e WHERE e.kind = 'expire' AND "
                                   "(e.actor <> 'system' OR e.amount <> -(SELECT SUM(c.amount) FROM "
                                   "lot_consumptions c WHERE c.entry_id = e.id) OR (SELECT COUNT(*) FROM "
                                   "lot_consumptions c WHERE c.entry_id = e.id) <> 1)"))
            .toLongLong(),
        0);
    QVERIFY(m_server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"), isoAt(at)}, {}, &output));
    QVERIFY2(output.contains(QStringLiteral("expired 0 lots")), qPrintable(output));
    QCOMPARE(
        m_db->value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong(),
        before + lapsing);
    QCOMPARE(runServer(m_server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
}

void TestLotsApi::expiryRunResumesWithoutExpiringTwice()
{
    TestServer server;
    QVERIFY(server.seedDemo(2000));
    ServerDatabase db(server.databasePath());
    // Every lot lapses, also the 24 months of the top tier.
    const QString at = isoAt(QDateTime::currentMSecsSinceEpoch() + 800 * kDayMs);
    const qint64 lapsing =
        db.value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0")).toLongLong();
    QVERIFY(lapsing > 3000);
    QString output;
    // Three batches, then "a crash": what was committed stays, the rest waits.
    QVERIFY(server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"), at,
                        QStringLiteral("--expire-batch-size"), QStringLiteral("1000"),
                        QStringLiteral("--max-batches"), QStringLiteral("3")},
                       {}, &output));
    QVERIFY2(output.contains(QStringLiteral("expired 3000 lots")), qPrintable(output));
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0")).toLongLong(),
             lapsing - 3000);
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
    QVERIFY(server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"), at}, {}, &output));
    QVERIFY2(output.contains(QStringLiteral("expired %1 lots").arg(lapsing - 3000)), qPrintable(output));
    // Every lapsed lot expired exactly once; nothing is left anywhere.
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong(),
        lapsing);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM (SELECT c.lot_id FROM lot_consumptions c JOIN "
                                     "ledger_entries e ON e.id = c.entry_id WHERE e.kind = 'expire' "
                                     "GROUP BY c.lot_id HAVING COUNT(*) > 1) twice"))
                 .toLongLong(),
             0);
    QCOMPARE(db.value(QStringLiteral("SELECT COALESCE(SUM(balance), 0) FROM members")).toLongLong(), 0);
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
}

void TestLotsApi::expiryRunKilledMidwayResumes()
{
    TestServer server;
    QVERIFY(server.seedDemo(3000));
    const QString at = isoAt(QDateTime::currentMSecsSinceEpoch() + 800 * kDayMs);
    qint64 lapsing = 0;
    {
        ServerDatabase db(server.databasePath());
        lapsing = db.value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0")).toLongLong();
    }
    // Small batches (a run of a few hundred commits), killed (SIGKILL, no clean-up) partway through.
    QProcess run;
    run.start(TestServer::binary(),
              {QStringLiteral("--data"), server.dataDir(), QStringLiteral("--expire-lots"),
               QStringLiteral("--now"), at, QStringLiteral("--expire-batch-size"), QStringLiteral("50")});
    QVERIFY(run.waitForStarted(10000));
    QTest::qWait(150);
    run.kill();
    QVERIFY(run.waitForFinished(10000));
    ServerDatabase db(server.databasePath());
    const qint64 before =
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong();
    qInfo() << "killed after" << before << "of" << lapsing << "lots";
    QString output;
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
    QVERIFY(server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"), at}, {}, &output));
    QVERIFY2(output.contains(QStringLiteral("expired %1 lots").arg(lapsing - before)), qPrintable(output));
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong(),
        lapsing);
    QCOMPARE(db.value(QStringLiteral(
                          "SELECT COUNT(DISTINCT c.lot_id) FROM lot_consumptions c JOIN ledger_entries e "
                          "ON e.id = c.entry_id WHERE e.kind = 'expire'"))
                 .toLongLong(),
             lapsing);
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
}

void TestLotsApi::frozenMembersPointsStillExpire()
{
    // Freezing stops earning and spending, not the clock.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    emptyMember(7);
    const qint64 lot = lotsOfEntries({adjust(7, 120)}).constFirst();
    QVERIFY(m_db->exec(QStringLiteral("UPDATE lots SET expires_at = ? WHERE id = ?"), {now - kDayMs, lot}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE members SET status = 'frozen' WHERE id = 7")));
    QCOMPARE(adjust(7, 10), 0); // refused while frozen
    QVERIFY(m_server.run({QStringLiteral("--expire-lots")}));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE members SET status = 'active' WHERE id = 7")));
    QCOMPARE(remaining(lot), 0);
    QCOMPARE(balance(7), 0);
}

void TestLotsApi::verifyFindsABrokenBalance()
{
    TestServer server;
    QVERIFY(server.seedDemo(20));
    QString output;
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("checked 20 members: 0 violations")), qPrintable(output));
    {
        ServerDatabase db(server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET balance = balance + 7 WHERE id = 3")));
        QVERIFY(db.exec(
            QStringLiteral("UPDATE lots SET remaining = remaining + 1 WHERE id = (SELECT MIN(id) FROM "
                           "lots WHERE member_id = 9 AND remaining < amount)")));
    }
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("member 3: balance")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("member 9: balance")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("2 violations")), qPrintable(output));
}

void TestLotsApi::migrationBackfillsAnExistingLedger()
{
    // A ledger with earns, spends, adjustments, reversals both ways and expiries, posted live (with
    // the 12 months of issue 2 for every tier, as the replay knows no other)...
    TestServer server;
    QVERIFY(server.run({}));
    {
        ServerDatabase db(server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE tiers SET lot_expiry_months = 0")));
    }
    QVERIFY(server.seedDemo(300));
    QVERIFY(server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(server.start());
    TestHttp http(server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    for (int member = 1; member <= 40; ++member) {
        const HttpReply grant = http.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                                          {{QStringLiteral("amount"), 300 + member},
                                           {QStringLiteral("reason"), QStringLiteral("goodwill")}});
        QCOMPARE(grant.status, 201);
        const HttpReply spend = http.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                                          {{QStringLiteral("amount"), -(200 + member)},
                                           {QStringLiteral("reason"), QStringLiteral("violation")}});
        QCOMPARE(spend.status, 201);
        const qint64 undo = (member % 2 ? grant : spend).json.value(QStringLiteral("id")).toInteger();
        http.post(QStringLiteral("/v1/ledger/%1/reverse").arg(undo),
                  {{QStringLiteral("reason"), QStringLiteral("correction")},
                   {QStringLiteral("note"), QStringLiteral("t")}});
    }
    server.stop();
    QVERIFY(server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"),
                        isoAt(QDateTime::currentMSecsSinceEpoch() + 20 * kDayMs)}));
    const QString lotsSql = QStringLiteral(
        "SELECT entry_id, amount, remaining, earned_at, expires_at, expired_at FROM lots ORDER BY entry_id");
    const QString takesSql = QStringLiteral("SELECT c.entry_id, l.entry_id, c.amount FROM lot_consumptions c "
                                            "JOIN lots l ON l.id = c.lot_id ORDER BY 1, 2");
    QList<QVariantList> lotsBefore;
    QList<QVariantList> takesBefore;
    {
        // ... taken back to an issue-2 database: no lots, schema at version 3, expiries left out.
        ServerDatabase db(server.databasePath(), false);
        lotsBefore = db.rows(lotsSql);
        takesBefore = db.rows(takesSql);
        QVERIFY(lotsBefore.size() > 1000);
        QVERIFY(db.exec(QStringLiteral("DROP TABLE lot_consumptions")));
        QVERIFY(db.exec(QStringLiteral("DROP TABLE lots")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 4")));
    }
    // Starting the new binary migrates; the replay gives the same lots and the same takes.
    QString output;
    QCOMPARE(runServer(server.dataDir(), {QStringLiteral("--verify")}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("0 violations")), qPrintable(output));
    ServerDatabase db(server.databasePath());
    QCOMPARE(db.rows(lotsSql), lotsBefore);
    QCOMPARE(db.rows(takesSql), takesBefore);
}

QTEST_GUILESS_MAIN(TestLotsApi)
#include "tst_lotsapi.moc"
