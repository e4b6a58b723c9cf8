#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// The ledger invariant after a randomised sequence of at least 10,000 operations on a few hundred
// members (earn, deduct, reverse, expire, pending points posted by their event, approved large
// adjustments, freeze, blacklist and lift): for every member, balance = sum of posted entries = sum of
// open lot remainders >= 0.
class TestLedgerInvariant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomOperationsKeepTheInvariant();
};

void TestLedgerInvariant::randomOperationsKeepTheInvariant()
{
    constexpr int kMembers = 300;
    constexpr int kOperations = 10000;
    constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
    TestServer server;
    QVERIFY(server.seedDemo(kMembers));
    QVERIFY(server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(server.start({QStringLiteral("--settle-interval-minutes"), QStringLiteral("0")}));
    TestHttp http(server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    TestHttp manager(server.baseUrl());
    QCOMPARE(manager.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const QString deadline = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    auto patch = [&](qint64 member, const char *status) {
        return http.send("PATCH", QStringLiteral("/v1/members/%1").arg(member),
                         QByteArray(R"({"status": ")") + status + R"(", "reason": "random"})",
                         {{"Content-Type", "application/json"}});
    };
    QMap<QString, int> kinds; // what ran, for the log
    ServerDatabase db(server.databasePath());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "seed" << seed; // to replay a failure
    QRandomGenerator random(seed);
    QList<qint64> entries; // what the test posted, candidates for reversal
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    int expiryRuns = 0;
    int posted = 0;
    int refused = 0;
    QElapsedTimer timer;
    timer.start();
    for (int op = 0; op < kOperations; ++op) {
        const qint64 member = 1 + random.bounded(kMembers);
        const int dice = random.bounded(100);
        HttpReply reply;
        if (op % 1000 == 999) {
            // Expire at a later and later clock: the seeded lots lapse over the coming year.
            ++expiryRuns;
            const QString at =
                QDateTime::fromMSecsSinceEpoch(start + expiryRuns * 40 * kDayMs, QTimeZone::utc())
                    .toString(Qt::ISODateWithMs);
            QVERIFY(server.run({QStringLiteral("--expire-lots"), QStringLiteral("--now"), at}));
            // Some expiries are reversed later, giving points back to lapsed lots.
            const QList<QVariantList> expired = db.rows(QStringLiteral(
                "SELECT id FROM ledger_entries WHERE kind = 'expire' ORDER BY id DESC LIMIT 20"));
            for (const QVariantList &row : expired)
                entries.append(row.at(0).toLongLong());
            continue;
        }
        if (dice < 35 || entries.isEmpty()) {
            ++kinds[QStringLiteral("earn")];
            reply = http.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                              {{QStringLiteral("amount"), 1 + random.bounded(500)},
                               {QStringLiteral("reason"), QStringLiteral("goodwill")}});
        } else if (dice < 65) {
            ++kinds[QStringLiteral("deduct")];
            reply = http.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                              {{QStringLiteral("amount"), -(1 + random.bounded(800))},
                               {QStringLiteral("reason"), QStringLiteral("violation")}});
        } else if (dice < 80) {
            ++kinds[QStringLiteral("reverse")];
            const qint64 entry = entries.at(random.bounded(static_cast<int>(entries.size())));
            reply = http.post(QStringLiteral("/v1/ledger/%1/reverse").arg(entry),
                              {{QStringLiteral("reason"), QStringLiteral("correction")},
                               {QStringLiteral("note"), QStringLiteral("random")}});
        } else if (dice < 86) {
            // Pending points, posted by their follow-up event.
            ++kinds[QStringLiteral("pending")];
            const HttpReply pending = http.post(QStringLiteral("/v1/members/%1/pending").arg(member),
                                                {{QStringLiteral("amount"), 1 + random.bounded(200)},
                                                 {QStringLiteral("reason"), QStringLiteral("share_reward")},
                                                 {QStringLiteral("eventKey"), QStringLiteral("share")},
                                                 {QStringLiteral("deadline"), deadline}});
            if (pending.status != 201) {
                QVERIFY2(pending.status == 422, pending.body.constData());
                ++refused;
                continue;
            }
            reply = http.post(QStringLiteral("/v1/pending/%1/confirm")
                                  .arg(pending.json.value(QStringLiteral("id")).toInteger()),
                              {});
            if (reply.status == 200) {
                ++posted;
                entries.append(reply.json.value(QStringLiteral("entryId")).toInteger());
                continue;
            }
        } else if (dice < 91) {
            ++kinds[QStringLiteral("freeze")];
            reply = patch(member, random.bounded(2) ? "frozen" : "active");
            if (reply.status == 200)
                continue;
        } else if (dice < 95) {
            // A large adjustment, through a manager's approval.
            ++kinds[QStringLiteral("approval")];
            const qint64 amount = (random.bounded(3) ? 1 : -1) * (5001 + random.bounded(4000));
            const HttpReply asked = http.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                                              {{QStringLiteral("amount"), amount},
                                               {QStringLiteral("reason"), QStringLiteral("correction")}});
            if (asked.status != 202) {
                QVERIFY2(asked.status == 422, asked.body.constData());
                ++refused;
                continue;
            }
            const qint64 approval = asked.json.value(QStringLiteral("approval"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toInteger();
            reply = manager.post(QStringLiteral("/v1/approvals/%1/approve").arg(approval), {});
            if (reply.status == 200) {
                ++posted;
                entries.append(reply.json.value(QStringLiteral("entry"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toInteger());
                continue;
            }
            QCOMPARE(manager
                         .post(QStringLiteral("/v1/approvals/%1/reject").arg(approval),
                               {{QStringLiteral("comment"), QStringLiteral("refused")}})
                         .status,
                     200);
        } else if (dice < 96) {
            ++kinds[QStringLiteral("blacklist")];
            reply = manager.post(QStringLiteral("/v1/members/%1/blacklist").arg(member),
                                 {{QStringLiteral("reason"), QStringLiteral("random")}});
            if (reply.status == 200)
                continue;
        } else {
            ++kinds[QStringLiteral("lift")];
            reply = manager.send("DELETE", QStringLiteral("/v1/members/%1/blacklist").arg(member),
                                 R"({"reason": "random"})", {{"Content-Type", "application/json"}});
            if (reply.status == 200)
                continue;
        }
        if (reply.status == 201) {
            ++posted;
            entries.append(reply.json.value(QStringLiteral("id")).toInteger());
        } else {
            // Only business refusals: too few points, or the entry was already reversed.
            QVERIFY2(reply.status == 422, reply.body.constData());
            ++refused;
        }
    }
    qInfo() << posted << "posted," << refused << "refused," << expiryRuns << "expiry runs in"
            << timer.elapsed() << "ms;" << kinds;
    QVERIFY(posted > kOperations * 2 / 5);
    QVERIFY(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'forfeit'")).toLongLong() >
        10);
    QVERIFY(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'reverse'")).toLongLong() >
        500);
    QVERIFY(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong() >
        100);
    server.stop();

    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(TestServer::binary(),
                 {QStringLiteral("--data"), server.dataDir(), QStringLiteral("--verify")});
    QVERIFY(verify.waitForFinished(60000));
    const QByteArray output = verify.readAll();
    QVERIFY2(verify.exitCode() == 0, output.constData());

    // The same invariant in the test's own SQL, member by member.
    const QList<QVariantList> members =
        db.rows(QStringLiteral("SELECT m.id, m.balance, (SELECT COALESCE(SUM(amount), 0) FROM ledger_entries "
                               "e WHERE e.member_id = m.id), "
                               "(SELECT COALESCE(SUM(remaining), 0) FROM lots l WHERE l.member_id = m.id), "
                               "(SELECT COUNT(*) FROM lots l WHERE l.member_id = m.id AND (l.remaining < 0 "
                               "OR l.remaining > l.amount)) "
                               "FROM members m"));
    QCOMPARE(members.size(), kMembers);
    for (const QVariantList &row : members) {
        const QString where = QStringLiteral("member %1").arg(row.at(0).toLongLong());
        QVERIFY2(row.at(1).toLongLong() >= 0, qPrintable(where));
        QVERIFY2(row.at(1).toLongLong() == row.at(2).toLongLong(), qPrintable(where));
        QVERIFY2(row.at(1).toLongLong() == row.at(3).toLongLong(), qPrintable(where));
        QVERIFY2(row.at(4).toLongLong() == 0, qPrintable(where));
    }
    // What each lot gave equals what its consumptions took, net of reversals that gave it back.
    QCOMPARE(
        db.value(QStringLiteral(
                     "SELECT COUNT(*) FROM lots l WHERE l.amount - l.remaining <> "
                     "(SELECT COALESCE(SUM(c.amount), 0) FROM lot_consumptions c WHERE c.lot_id = l.id) - "
                     "(SELECT COALESCE(SUM(c.amount), 0) FROM lot_consumptions c JOIN ledger_entries r ON "
                     "r.reverses_entry_id = c.entry_id WHERE c.lot_id = l.id AND r.amount > 0)"))
            .toLongLong(),
        0);
}

QTEST_GUILESS_MAIN(TestLedgerInvariant)
#include "tst_ledgerinvariant.moc"
