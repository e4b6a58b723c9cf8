// Following a server job against a real loyalty-server: an expiry run over members whose lots have lapsed
// is started, followed to done with progress that never goes back, and its result read; a second run
// finds nothing left; a run already going is joined instead of refused; refusals and unknown jobs end the
// following with the server's sentence; stop() and destruction end the polling.
#include "client/ApiClient.h"
#include "client/JobFollower.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

namespace {
const QString kExpire = QStringLiteral("expire-lots");
}

class tst_JobFollower : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void expiryRunFollowedToDone();
    void secondRunFindsNothingLeft();
    void followsAJobById();
    void runAlreadyGoingIsJoined();
    void refusals_data();
    void refusals();
    void stopEndsPolling();
    void destructionEndsPolling();

private:
    // Follows one run to its end; returns every JobInfo the follower reported, the last one final.
    QList<JobInfo> runToEnd(JobFollower &follower, const std::function<void()> &begin);

    TestServer m_server;
    ApiClient m_manager;
};

void tst_JobFollower::initTestCase()
{
    // A year of demo history whose lots lapse after one month: most earned points are due to expire.
    QVERIFY(m_server.run({QStringLiteral("--seed-demo"), QStringLiteral("60"),
                          QStringLiteral("--lot-expiry-months"), QStringLiteral("1")}));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    // No scheduled run: every run here is one the test started.
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    QVERIFY(test::signInClient(m_manager, m_server.baseUrl(), QStringLiteral("mia")));
}

QList<JobInfo> tst_JobFollower::runToEnd(JobFollower &follower, const std::function<void()> &begin)
{
    QList<JobInfo> seen;
    connect(&follower, &JobFollower::progressChanged, this,
            [&seen](const JobInfo &job) { seen.append(job); });
    connect(&follower, &JobFollower::finished, this, [&seen](const JobInfo &job) { seen.append(job); });
    QSignalSpy finished(&follower, &JobFollower::finished);
    QSignalSpy failed(&follower, &JobFollower::failed);
    begin();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000))
        qWarning("the job did not end in two minutes");
    if (!failed.isEmpty())
        qWarning() << "failed:" << failed.first().first().toString();
    follower.disconnect(this);
    return seen;
}

void tst_JobFollower::expiryRunFollowedToDone()
{
    JobFollower follower(&m_manager);
    QCOMPARE(follower.interval(), std::chrono::milliseconds(500));
    follower.setInterval(std::chrono::milliseconds(25)); // see as many steps as the server reports
    QSignalSpy following(&follower, &JobFollower::following);
    const QList<JobInfo> seen = runToEnd(follower, [&] { follower.start(kExpire); });
    QVERIFY(!seen.isEmpty());
    QCOMPARE(following.size(), 1);
    QCOMPARE(following.first().at(1).toBool(), false); // a new run, not one already going
    QVERIFY(!follower.joinedRunningJob());
    QVERIFY(!follower.isActive());

    const JobInfo last = seen.last();
    QCOMPARE(last.state, JobInfo::State::Done);
    QCOMPARE(last.kind, kExpire);
    QCOMPARE(last.createdBy, QStringLiteral("mia"));
    QVERIFY(last.startedAt.isValid());
    QVERIFY(last.finishedAt.isValid());
    QVERIFY(last.startedAt <= last.finishedAt);
    QCOMPARE(last.progress, 1.0);
    // Progress never goes back, and every report is about the same job.
    for (int i = 1; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).id, last.id);
        QVERIFY2(
            seen.at(i).progress >= seen.at(i - 1).progress,
            qPrintable(QStringLiteral("%1 after %2").arg(seen.at(i).progress).arg(seen.at(i - 1).progress)));
        QVERIFY(seen.at(i).progress >= 0.0 && seen.at(i).progress <= 1.0);
    }
    // What it did: how many lots and points expired.
    for (const char *field : {"lots", "points"})
        QVERIFY2(last.result.value(QLatin1String(field)).isDouble(), field);
    const qint64 lots = last.result.value(QStringLiteral("lots")).toInteger();
    const qint64 points = last.result.value(QStringLiteral("points")).toInteger();
    QVERIFY(lots > 0);
    QVERIFY(points >= lots);
    QVERIFY(last.errorCode.isEmpty());

    // The server tells the same story afterwards.
    TestHttp http(m_server.baseUrl());
    http.setToken(m_manager.token());
    const HttpReply again = http.get(QStringLiteral("/v1/jobs/%1").arg(last.id));
    QCOMPARE(again.status, 200);
    const JobInfo stored = JobInfo::fromJson(again.json);
    QCOMPARE(stored.state, JobInfo::State::Done);
    QCOMPARE(stored.result, last.result);
}

void tst_JobFollower::secondRunFindsNothingLeft()
{
    JobFollower follower(&m_manager);
    follower.setInterval(std::chrono::milliseconds(100));
    const QList<JobInfo> seen = runToEnd(follower, [&] { follower.start(kExpire); });
    QVERIFY(!seen.isEmpty());
    const JobInfo last = seen.last();
    QCOMPARE(last.state, JobInfo::State::Done);
    QCOMPARE(last.result.value(QStringLiteral("lots")).toInteger(), 0);
    QCOMPARE(last.result.value(QStringLiteral("points")).toInteger(), 0);
}

void tst_JobFollower::followsAJobById()
{
    TestHttp http(m_server.baseUrl());
    http.setToken(m_manager.token());
    const HttpReply started = http.post(QStringLiteral("/v1/jobs"), {{QStringLiteral("kind"), kExpire}});
    QCOMPARE(started.status, 202);
    const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
    QVERIFY(id != 0);

    JobFollower follower(&m_manager);
    follower.setInterval(std::chrono::milliseconds(100));
    const QList<JobInfo> seen = runToEnd(follower, [&] { follower.follow(id); });
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().id, id);
    QCOMPARE(seen.last().state, JobInfo::State::Done);
    QCOMPARE(follower.job().id, id);
}

void tst_JobFollower::runAlreadyGoingIsJoined()
{
    // Enough lapsed lots that a run takes a while (about a second here), on a server of its own.
    TestServer server;
    QVERIFY(server.run({QStringLiteral("--seed-demo"), QStringLiteral("20000"),
                        QStringLiteral("--lot-expiry-months"), QStringLiteral("1")}));
    QVERIFY(server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    ApiClient client;
    QVERIFY(test::signInClient(client, server.baseUrl(), QStringLiteral("mia")));
    TestHttp http(server.baseUrl());
    http.setToken(client.token());
    const HttpReply started = http.post(QStringLiteral("/v1/jobs"), {{QStringLiteral("kind"), kExpire}});
    QCOMPARE(started.status, 202);
    const qint64 running = started.json.value(QStringLiteral("id")).toInteger();

    JobFollower follower(&client);
    follower.setInterval(std::chrono::milliseconds(25));
    QSignalSpy following(&follower, &JobFollower::following);
    const QList<JobInfo> seen = runToEnd(follower, [&] { follower.start(kExpire); });
    QCOMPARE(following.size(), 1);
    if (!following.first().at(1).toBool())
        QSKIP("The first run ended before the second asked; nothing was running to join.");
    QVERIFY(follower.joinedRunningJob());
    QCOMPARE(following.first().at(0).value<JobInfo>().id, running);
    QVERIFY(!following.first().at(2).toString().isEmpty()); // the server's sentence about the run going
    QVERIFY(!seen.isEmpty());
    for (int i = 1; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).id, running);
        QVERIFY(seen.at(i).progress >= seen.at(i - 1).progress);
    }
    QCOMPARE(seen.last().state, JobInfo::State::Done);
    QVERIFY(seen.last().result.value(QStringLiteral("lots")).toInteger() > 0);
}

void tst_JobFollower::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<qint64>("followId"); // 0: start a run instead
    QTest::addRow("support may not run jobs") << QStringLiteral("sue") << qint64(0);
    QTest::addRow("support may not read jobs") << QStringLiteral("sue") << qint64(1);
    QTest::addRow("no such job") << QStringLiteral("mia") << qint64(987654);
}

void tst_JobFollower::refusals()
{
    QFETCH(QString, user);
    QFETCH(qint64, followId);
    ApiClient client;
    client.setLanguage(QStringLiteral("en"));
    QVERIFY(test::signInClient(client, m_server.baseUrl(), user));
    JobFollower follower(&client);
    QSignalSpy failed(&follower, &JobFollower::failed);
    QSignalSpy finished(&follower, &JobFollower::finished);
    if (followId == 0)
        follower.start(kExpire);
    else
        follower.follow(followId);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(finished.isEmpty());
    QVERIFY(!follower.isActive());
}

void tst_JobFollower::stopEndsPolling()
{
    TestHttp http(m_server.baseUrl());
    http.setToken(m_manager.token());
    const HttpReply started = http.post(QStringLiteral("/v1/jobs"), {{QStringLiteral("kind"), kExpire}});
    QCOMPARE(started.status, 202);
    JobFollower follower(&m_manager);
    follower.setInterval(std::chrono::milliseconds(50));
    QSignalSpy progress(&follower, &JobFollower::progressChanged);
    QSignalSpy finished(&follower, &JobFollower::finished);
    follower.follow(started.json.value(QStringLiteral("id")).toInteger());
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() || !finished.isEmpty(), 20000);
    follower.stop();
    QVERIFY(!follower.isActive());
    const qsizetype reports = progress.size() + finished.size();
    QTest::qWait(500);
    QCOMPARE(progress.size() + finished.size(), reports);
}

void tst_JobFollower::destructionEndsPolling()
{
    auto follower = std::make_unique<JobFollower>(&m_manager);
    follower->setInterval(std::chrono::milliseconds(50));
    QSignalSpy following(follower.get(), &JobFollower::following);
    follower->start(kExpire);
    QVERIFY(following.wait(20000));
    // Gone in the middle of polling, with a request possibly under way: nothing is left to answer to.
    follower.reset();
    QTest::qWait(300);
}

QTEST_GUILESS_MAIN(tst_JobFollower)
#include "tst_jobfollower.moc"
