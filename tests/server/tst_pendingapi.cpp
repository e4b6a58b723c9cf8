#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Pending points (待入账): outside the balance until a time or an event posts them, cancelled at the
// deadline; the settle job does the timed work.
class TestPendingApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pendingIsOutsideTheBalance();
    void eventPostsItOnce();
    void settleJobPostsDueAndCancelsLapsed();
    void frozenMembersPendingWaits();
    void confirmIsForEventsBeforeTheirDeadline();
    void moreThanTheApprovalThresholdIsRefused();
    void validation_data();
    void validation();

private:
    HttpReply create(qint64 memberId, const QJsonObject &condition, qint64 amount = 80);
    QJsonObject member(qint64 id);
    QJsonObject runSettle();

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    std::unique_ptr<TestHttp> m_manager;
};

void TestPendingApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(10));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    {
        ServerDatabase db(m_server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET status = 'active'")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM pending_entries")));
    }
    QVERIFY(m_server.start({QStringLiteral("--settle-interval-minutes"), QStringLiteral("0")}));
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    m_manager = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QCOMPARE(m_manager->login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

HttpReply TestPendingApi::create(qint64 memberId, const QJsonObject &condition, qint64 amount)
{
    QJsonObject body = condition;
    body.insert(QStringLiteral("amount"), amount);
    body.insert(QStringLiteral("reason"), QStringLiteral("share_reward"));
    if (!body.contains(QStringLiteral("deadline")))
        body.insert(QStringLiteral("deadline"),
                    QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate));
    return m_support->post(QStringLiteral("/v1/members/%1/pending").arg(memberId), body);
}

QJsonObject TestPendingApi::member(qint64 id)
{
    return m_support->get(QStringLiteral("/v1/members/%1").arg(id)).json;
}

QJsonObject TestPendingApi::runSettle()
{
    const HttpReply started = m_manager->post(QStringLiteral("/v1/jobs"),
                                              {{QStringLiteral("kind"), QStringLiteral("settle-pending")}});
    if (started.status != 202)
        return {};
    const qint64 id = started.json.value(QStringLiteral("id")).toInteger();
    QJsonObject job;
    for (int i = 0; i < 400 && job.value(QStringLiteral("state")).toString() != QLatin1String("done"); ++i) {
        QTest::qWait(50);
        job = m_manager->get(QStringLiteral("/v1/jobs/%1").arg(id)).json;
    }
    return job.value(QStringLiteral("result")).toObject();
}

void TestPendingApi::pendingIsOutsideTheBalance()
{
    const QJsonObject before = member(1);
    const HttpReply created =
        create(1, {{QStringLiteral("eventKey"), QStringLiteral("share:friend-opened")}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(created.json.value(QStringLiteral("condition")).toString(), QStringLiteral("event"));
    const QJsonObject after = member(1);
    QCOMPARE(after.value(QStringLiteral("balance")).toInteger(),
             before.value(QStringLiteral("balance")).toInteger());
    QCOMPARE(after.value(QStringLiteral("pendingPoints")).toInteger(),
             before.value(QStringLiteral("pendingPoints")).toInteger() + 80);
    const HttpReply list = m_support->get(QStringLiteral("/v1/members/1/pending"));
    QCOMPARE(list.status, 200);
    QCOMPARE(
        list.json.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")),
        created.json.value(QStringLiteral("id")));
}

void TestPendingApi::eventPostsItOnce()
{
    const HttpReply created = create(2, {{QStringLiteral("eventKey"), QStringLiteral("share:2")}}, 120);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
    const qint64 balance = member(2).value(QStringLiteral("balance")).toInteger();
    const HttpReply posted = m_support->post(QStringLiteral("/v1/pending/%1/confirm").arg(id), {});
    QCOMPARE(posted.status, 200);
    QCOMPARE(posted.json.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
    QVERIFY(posted.json.value(QStringLiteral("entryId")).toInteger() > 0);
    const QJsonObject after = member(2);
    QCOMPARE(after.value(QStringLiteral("balance")).toInteger(), balance + 120);
    QCOMPARE(after.value(QStringLiteral("pendingPoints")).toInteger(), 0);
    const HttpReply again = m_support->post(QStringLiteral("/v1/pending/%1/confirm").arg(id), {});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("pending_settled"));
    QCOMPARE(member(2).value(QStringLiteral("balance")).toInteger(), balance + 120);
    // The posted points are an ordinary earn with a lot of their own.
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM lots WHERE entry_id = %1")
                          .arg(posted.json.value(QStringLiteral("entryId")).toInteger()))
                 .toInt(),
             1);
}

void TestPendingApi::settleJobPostsDueAndCancelsLapsed()
{
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODateWithMs);
    const HttpReply due = create(
        3, {{QStringLiteral("postAt"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)}},
        70);
    QCOMPARE(due.status, 201);
    const HttpReply lapsing = create(
        4, {{QStringLiteral("eventKey"), QStringLiteral("share:4")}, {QStringLiteral("deadline"), soon}}, 60);
    QCOMPARE(lapsing.status, 201);
    const qint64 balance3 = member(3).value(QStringLiteral("balance")).toInteger();
    const qint64 balance4 = member(4).value(QStringLiteral("balance")).toInteger();
    QTest::qWait(2500);
    const QJsonObject result = runSettle();
    QCOMPARE(result.value(QStringLiteral("posted")).toInteger(), 1);
    QCOMPARE(result.value(QStringLiteral("cancelled")).toInteger(), 1);
    QCOMPARE(member(3).value(QStringLiteral("balance")).toInteger(), balance3 + 70);
    QCOMPARE(member(4).value(QStringLiteral("balance")).toInteger(), balance4);
    QCOMPARE(member(4).value(QStringLiteral("pendingPoints")).toInteger(), 0);
    const QJsonObject cancelled = m_support->get(QStringLiteral("/v1/members/4/pending"))
                                      .json.value(QStringLiteral("items"))
                                      .toArray()
                                      .first()
                                      .toObject();
    QCOMPARE(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.value(QStringLiteral("resolution")).toString(), QStringLiteral("deadline"));
    // A second run finds nothing to do.
    const QJsonObject second = runSettle();
    QCOMPARE(second.value(QStringLiteral("posted")).toInteger(), 0);
    QCOMPARE(second.value(QStringLiteral("cancelled")).toInteger(), 0);
}

void TestPendingApi::frozenMembersPendingWaits()
{
    const HttpReply due = create(
        5, {{QStringLiteral("postAt"), QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate)}},
        40);
    QCOMPARE(due.status, 201);
    QCOMPARE(m_support
                 ->send("PATCH", QStringLiteral("/v1/members/5"), R"({"status": "frozen", "reason": "核查"})",
                        {{"Content-Type", "application/json"}})
                 .status,
             200);
    const qint64 balance = member(5).value(QStringLiteral("balance")).toInteger();
    const QJsonObject result = runSettle();
    QCOMPARE(result.value(QStringLiteral("waiting")).toInteger(), 1);
    QCOMPARE(member(5).value(QStringLiteral("balance")).toInteger(), balance);
    QCOMPARE(member(5).value(QStringLiteral("pendingPoints")).toInteger(), 40);
    // Frozen members get no new pending points either.
    QCOMPARE(create(5, {{QStringLiteral("eventKey"), QStringLiteral("x")}}).errorCode(),
             QStringLiteral("member_frozen"));
    QCOMPARE(m_support
                 ->send("PATCH", QStringLiteral("/v1/members/5"), R"({"status": "active", "reason": "ok"})",
                        {{"Content-Type", "application/json"}})
                 .status,
             200);
    QCOMPARE(runSettle().value(QStringLiteral("posted")).toInteger(), 1);
    QCOMPARE(member(5).value(QStringLiteral("balance")).toInteger(), balance + 40);
}

void TestPendingApi::confirmIsForEventsBeforeTheirDeadline()
{
    const HttpReply timed = create(
        6, {{QStringLiteral("postAt"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}});
    QCOMPARE(timed.status, 201);
    const HttpReply early = m_support->post(
        QStringLiteral("/v1/pending/%1/confirm").arg(timed.json.value(QStringLiteral("id")).toInteger()), {});
    QCOMPARE(early.status, 422);
    QCOMPARE(early.errorCode(), QStringLiteral("pending_waits_for_time"));
    const HttpReply lapsing =
        create(6, {{QStringLiteral("eventKey"), QStringLiteral("e")},
                   {QStringLiteral("deadline"),
                    QDateTime::currentDateTimeUtc().addMSecs(800).toString(Qt::ISODateWithMs)}});
    QCOMPARE(lapsing.status, 201);
    QTest::qWait(1000);
    const HttpReply late = m_support->post(
        QStringLiteral("/v1/pending/%1/confirm").arg(lapsing.json.value(QStringLiteral("id")).toInteger()),
        {});
    QCOMPARE(late.status, 422);
    QCOMPARE(late.errorCode(), QStringLiteral("pending_lapsed"));
}

void TestPendingApi::moreThanTheApprovalThresholdIsRefused()
{
    const HttpReply big = create(7, {{QStringLiteral("eventKey"), QStringLiteral("e")}}, 5001);
    QCOMPARE(big.status, 422);
    QCOMPARE(big.errorCode(), QStringLiteral("above_approval_threshold"));
    QCOMPARE(create(7, {{QStringLiteral("eventKey"), QStringLiteral("e")}}, 5000).status, 201);
}

void TestPendingApi::validation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString future = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
    const QString later = QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate);
    const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    auto body = [](qint64 amount, const QJsonObject &rest) {
        QJsonObject object = rest;
        object.insert(QStringLiteral("amount"), amount);
        object.insert(QStringLiteral("reason"), QStringLiteral("r"));
        return object;
    };
    QTest::addRow("zero") << body(0, {{QStringLiteral("eventKey"), QStringLiteral("e")},
                                      {QStringLiteral("deadline"), future}})
                          << QStringLiteral("amount");
    QTest::addRow("no condition") << body(10, {{QStringLiteral("deadline"), future}})
                                  << QStringLiteral("postAt");
    QTest::addRow("both conditions") << body(10, {{QStringLiteral("eventKey"), QStringLiteral("e")},
                                                  {QStringLiteral("postAt"), future},
                                                  {QStringLiteral("deadline"), later}})
                                     << QStringLiteral("postAt");
    QTest::addRow("deadline passed") << body(10, {{QStringLiteral("eventKey"), QStringLiteral("e")},
                                                  {QStringLiteral("deadline"), past}})
                                     << QStringLiteral("deadline");
    QTest::addRow("posts after deadline")
        << body(10, {{QStringLiteral("postAt"), later}, {QStringLiteral("deadline"), future}})
        << QStringLiteral("postAt");
}

void TestPendingApi::validation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const qint64 pending = member(6).value(QStringLiteral("pendingPoints")).toInteger();
    const HttpReply reply = m_support->post(QStringLiteral("/v1/members/6/pending"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(member(6).value(QStringLiteral("pendingPoints")).toInteger(), pending);
}

QTEST_GUILESS_MAIN(TestPendingApi)
#include "tst_pendingapi.moc"
