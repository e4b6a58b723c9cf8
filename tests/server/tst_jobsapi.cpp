#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QTime>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Server jobs: POST /v1/jobs answers 202 at once; GET /v1/jobs/{id} follows state and progress to the
// result. The expiry job expires every lapsed lot once.
class TestJobsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void expiryJobRunsToItsResult();
    void secondRunFindsNothing();
    void jobsAreForManagers();
    void badRequests();
    void listIsNewestFirst();
    void scheduledRunOncePerDay();

private:
    QJsonObject follow(qint64 id, QList<double> *progress = nullptr);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_manager;
    qint64 m_lapsing = 0;
};

void TestJobsApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(400));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    {
        // Half the members' open lots lapsed yesterday.
        ServerDatabase db(m_server.databasePath(), false);
        const qint64 yesterday = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
        QVERIFY(db.exec(
            QStringLiteral("UPDATE lots SET expires_at = %1 WHERE remaining > 0 AND member_id % 2 = 0")
                .arg(yesterday)));
        m_lapsing =
            db.value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE remaining > 0 AND expires_at <= %1")
                         .arg(QDateTime::currentMSecsSinceEpoch()))
                .toLongLong();
    }
    QVERIFY(m_lapsing > 500);
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    m_manager = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_manager->login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

QJsonObject TestJobsApi::follow(qint64 id, QList<double> *progress)
{
    QJsonObject job;
    for (int i = 0; i < 400; ++i) {
        job = m_manager->get(QStringLiteral("/v1/jobs/%1").arg(id)).json;
        if (progress)
            progress->append(job.value(QStringLiteral("progress")).toDouble());
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("failed"))
            return job;
        QTest::qWait(50);
    }
    return job;
}

void TestJobsApi::expiryJobRunsToItsResult()
{
    const HttpReply started = m_manager->post(QStringLiteral("/v1/jobs"),
                                              {{QStringLiteral("kind"), QStringLiteral("expire-lots")}});
    QCOMPARE(started.status, 202);
    QCOMPARE(started.json.value(QStringLiteral("kind")).toString(), QStringLiteral("expire-lots"));
    QCOMPARE(started.json.value(QStringLiteral("createdBy")).toString(), QStringLiteral("mia"));
    QList<double> progress;
    const QJsonObject job = follow(started.json.value(QStringLiteral("id")).toInteger(), &progress);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(job.value(QStringLiteral("progress")).toDouble(), 1.0);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QVERIFY(!job.value(QStringLiteral("finishedAt")).toString().isEmpty());
    QVERIFY(job.value(QStringLiteral("error")).isNull());
    const QJsonObject result = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("lots")).toInteger(), m_lapsing);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire'")).toLongLong(),
        m_lapsing);
    QCOMPARE(result.value(QStringLiteral("points")).toInteger(),
             -db.value(QStringLiteral("SELECT SUM(amount) FROM ledger_entries WHERE kind = 'expire'"))
                  .toLongLong());
    // The invariant: every balance is what its open lots hold.
    QCOMPARE(
        db.value(QStringLiteral(
                     "SELECT COUNT(*) FROM members m WHERE m.balance != (SELECT COALESCE(SUM(remaining), "
                     "0) FROM lots l WHERE l.member_id = m.id)"))
            .toLongLong(),
        0);
}

void TestJobsApi::secondRunFindsNothing()
{
    const HttpReply started = m_manager->post(QStringLiteral("/v1/jobs"),
                                              {{QStringLiteral("kind"), QStringLiteral("expire-lots")}});
    QCOMPARE(started.status, 202);
    const QJsonObject job = follow(started.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("lots")).toInteger(), 0);
}

void TestJobsApi::jobsAreForManagers()
{
    TestHttp support(m_server.baseUrl());
    QCOMPARE(support.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QCOMPARE(
        support.post(QStringLiteral("/v1/jobs"), {{QStringLiteral("kind"), QStringLiteral("expire-lots")}})
            .status,
        403);
    QCOMPARE(support.get(QStringLiteral("/v1/jobs/1")).status, 403);
}

void TestJobsApi::badRequests()
{
    const HttpReply kind = m_manager->post(QStringLiteral("/v1/jobs"),
                                           {{QStringLiteral("kind"), QStringLiteral("delete-everything")}});
    QCOMPARE(kind.status, 400);
    QCOMPARE(kind.errorField(), QStringLiteral("kind"));
    QCOMPARE(m_manager->get(QStringLiteral("/v1/jobs/999999")).status, 404);
}

void TestJobsApi::listIsNewestFirst()
{
    const HttpReply list = m_manager->get(QStringLiteral("/v1/jobs"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QVERIFY(items.at(0).toObject().value(QStringLiteral("id")).toInteger() >
            items.at(1).toObject().value(QStringLiteral("id")).toInteger());
}

void TestJobsApi::scheduledRunOncePerDay()
{
    // The expiry hour is now: the server starts the run itself, once, also across a restart.
    if (QTime::currentTime().minute() == 59 && QTime::currentTime().second() > 45)
        QSKIP("the hour is about to change under the test");
    const QString hour = QString::number(QTime::currentTime().hour());
    TestServer server;
    QVERIFY(server.seedDemo(20));
    QVERIFY(server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(server.start({QStringLiteral("--expiry-hour"), hour}));
    TestHttp http(server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QJsonArray items;
    for (int i = 0; i < 100 && items.size() < 2; ++i) {
        QTest::qWait(100);
        items = http.get(QStringLiteral("/v1/jobs")).json.value(QStringLiteral("items")).toArray();
    }
    // The expiry run, and the tier run queued right after it (newest first).
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("expire-lots"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("tier-period-end"));
    for (const QJsonValue &item : std::as_const(items))
        QCOMPARE(item.toObject().value(QStringLiteral("createdBy")).toString(), QStringLiteral("scheduler"));
    QVERIFY(server.restart({QStringLiteral("--expiry-hour"), hour}));
    TestHttp again(server.baseUrl());
    QCOMPARE(again.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QTest::qWait(3000); // past the first tick
    QCOMPARE(again.get(QStringLiteral("/v1/jobs")).json.value(QStringLiteral("items")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestJobsApi)
#include "tst_jobsapi.moc"
