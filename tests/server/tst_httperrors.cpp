#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Bad requests get a JSON error with the right status, and never take the server down.
class TestHttpErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badBodiesAreRefused_data();
    void badBodiesAreRefused();
    void oversizeBodyIsRefused();
    void unknownRoutesAreJson404_data();
    void unknownRoutesAreJson404();
    void protectedRoutesNeedAToken_data();
    void protectedRoutesNeedAToken();
    void serverSurvivesItAll();

private:
    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
};

void TestHttpErrors::initTestCase()
{
    QVERIFY(m_server.seedDemo(3));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start({QStringLiteral("--max-body"), QStringLiteral("1024")}));
    m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_http->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

void TestHttpErrors::badBodiesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QString login = QStringLiteral("/v1/auth/login");
    const QString adjust = QStringLiteral("/v1/members/1/adjustments");
    QTest::addRow("login: malformed") << login << QByteArray("{\"username\": ");
    QTest::addRow("login: array") << login << QByteArray("[1, 2]");
    QTest::addRow("login: empty") << login << QByteArray();
    QTest::addRow("login: number") << login << QByteArray("42");
    QTest::addRow("adjust: malformed") << adjust << QByteArray("{amount: 5}");
    QTest::addRow("adjust: array") << adjust << QByteArray("[{\"amount\": 5}]");
    QTest::addRow("adjust: binary") << adjust << QByteArray("\x00\xff\xfe{", 4);
}

void TestHttpErrors::badBodiesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpReply reply = m_http->send("POST", path, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_json"));
}

void TestHttpErrors::oversizeBodyIsRefused()
{
    const QByteArray body =
        "{\"note\":\"" + QByteArray(2000, 'x') + "\",\"amount\":5,\"reason\":\"goodwill\"}";
    const HttpReply reply = m_http->send("POST", QStringLiteral("/v1/members/1/adjustments"), body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
}

void TestHttpErrors::unknownRoutesAreJson404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("unknown path") << QByteArray("GET") << QStringLiteral("/v1/nothing-here");
    QTest::addRow("no version") << QByteArray("GET") << QStringLiteral("/members");
    QTest::addRow("wrong method") << QByteArray("GET") << QStringLiteral("/v1/auth/login");
    QTest::addRow("delete member") << QByteArray("DELETE") << QStringLiteral("/v1/members/1");
}

void TestHttpErrors::unknownRoutesAreJson404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpReply reply = m_http->send(method, path, {});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
}

void TestHttpErrors::protectedRoutesNeedAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("members") << QByteArray("GET") << QStringLiteral("/v1/members");
    QTest::addRow("member") << QByteArray("GET") << QStringLiteral("/v1/members/1");
    QTest::addRow("ledger") << QByteArray("GET") << QStringLiteral("/v1/members/1/ledger");
    QTest::addRow("reveal") << QByteArray("POST") << QStringLiteral("/v1/members/1/reveal");
    QTest::addRow("adjust") << QByteArray("POST") << QStringLiteral("/v1/members/1/adjustments");
    QTest::addRow("tiers") << QByteArray("GET") << QStringLiteral("/v1/tiers");
    QTest::addRow("me") << QByteArray("GET") << QStringLiteral("/v1/me");
    QTest::addRow("logout") << QByteArray("POST") << QStringLiteral("/v1/auth/logout");
}

void TestHttpErrors::protectedRoutesNeedAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    TestHttp anonymous(m_server.baseUrl());
    const HttpReply reply = anonymous.send(method, path, "{}");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
    TestHttp wrongScheme(m_server.baseUrl());
    const HttpReply basic = wrongScheme.send(method, path, "{}", {{"Authorization", "Basic c3VlOnB3"}});
    QCOMPARE(basic.status, 401);
}

void TestHttpErrors::serverSurvivesItAll()
{
    QVERIFY(m_server.isRunning());
    QCOMPARE(m_http->get(QStringLiteral("/v1/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
