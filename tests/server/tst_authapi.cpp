#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

#include <algorithm>

using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class TestAuthApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthNeedsNoToken();
    void loginReturnsTokenAndUser();
    void wrongPasswordIsRefused();
    void unknownUserGetsTheSameAnswer();
    void missingFieldsAreNamed_data();
    void missingFieldsAreNamed();
    void meNeedsAToken();
    void meReturnsTheUser();
    void logoutRevokesTheToken();
    void garbageTokenIsUnauthenticated();
    void messagesFollowAcceptLanguage();
    void expiredTokenIsRefused();

private:
    static QString password() { return QString::fromLatin1(TestServer::kPassword); }
    TestServer m_server;
};

void TestAuthApi::initTestCase()
{
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
}

void TestAuthApi::healthNeedsNoToken()
{
    TestHttp http(m_server.baseUrl());
    const HttpReply reply = http.get(QStringLiteral("/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
}

void TestAuthApi::loginReturnsTokenAndUser()
{
    TestHttp http(m_server.baseUrl());
    const HttpReply reply = http.login(QStringLiteral("sue"), password());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QStringLiteral("token")).toString().size() >= 43); // 32 bytes, base64url
    QVERIFY(reply.json.value(QStringLiteral("expiresAt")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject user = reply.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("sue"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);
    const QJsonArray permissions = user.value(QStringLiteral("permissions")).toArray();
    QVERIFY(permissions.contains(QStringLiteral("members.read")));
    QVERIFY(permissions.contains(QStringLiteral("points.adjust")));
    QVERIFY(!permissions.contains(QStringLiteral("users.manage")));
}

void TestAuthApi::wrongPasswordIsRefused()
{
    TestHttp http(m_server.baseUrl());
    const HttpReply reply = http.login(QStringLiteral("sue"), QStringLiteral("wrong"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
    QVERIFY(http.token().isEmpty());
}

void TestAuthApi::unknownUserGetsTheSameAnswer()
{
    TestHttp http(m_server.baseUrl());
    const HttpReply unknown = http.login(QStringLiteral("nobody"), password());
    const HttpReply wrong = http.login(QStringLiteral("sue"), QStringLiteral("wrong"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.body, wrong.body);
}

void TestAuthApi::missingFieldsAreNamed_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addRow("no username") << QJsonObject{{QStringLiteral("password"), password()}}
                                 << QStringLiteral("username");
    QTest::addRow("empty username") << QJsonObject{{QStringLiteral("username"), QString()},
                                                   {QStringLiteral("password"), password()}}
                                    << QStringLiteral("username");
    QTest::addRow("no password") << QJsonObject{{QStringLiteral("username"), QStringLiteral("sue")}}
                                 << QStringLiteral("password");
    QTest::addRow("password not text")
        << QJsonObject{{QStringLiteral("username"), QStringLiteral("sue")}, {QStringLiteral("password"), 42}}
        << QStringLiteral("password");
}

void TestAuthApi::missingFieldsAreNamed()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    TestHttp http(m_server.baseUrl());
    const HttpReply reply = http.post(QStringLiteral("/v1/auth/login"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(reply.errorField(), field);
}

void TestAuthApi::meNeedsAToken()
{
    TestHttp http(m_server.baseUrl());
    const HttpReply reply = http.get(QStringLiteral("/v1/me"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
}

void TestAuthApi::meReturnsTheUser()
{
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("olga"), password()).status, 200);
    const HttpReply reply = http.get(QStringLiteral("/v1/me"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("username")).toString(), QStringLiteral("olga"));
    QCOMPARE(reply.json.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    // Operations configure the programme: besides looking members up, they manage the tier ladder.
    QCOMPARE(reply.json.value(QStringLiteral("permissions")).toArray(),
             (QJsonArray{QStringLiteral("members.read"), QStringLiteral("tiers.manage"),
                         QStringLiteral("mall.read"), QStringLiteral("mall.manage")}));
}

void TestAuthApi::logoutRevokesTheToken()
{
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("sue"), password()).status, 200);
    QCOMPARE(http.post(QStringLiteral("/v1/auth/logout"), {}).status, 204);
    const HttpReply reply = http.get(QStringLiteral("/v1/me"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
}

void TestAuthApi::garbageTokenIsUnauthenticated()
{
    TestHttp http(m_server.baseUrl());
    http.setToken("not-a-token");
    QCOMPARE(http.get(QStringLiteral("/v1/me")).errorCode(), QStringLiteral("unauthenticated"));
}

void TestAuthApi::messagesFollowAcceptLanguage()
{
    TestHttp http(m_server.baseUrl());
    const QByteArray body = R"({"username":"sue","password":"wrong"})";
    const HttpReply english =
        http.send("POST", QStringLiteral("/v1/auth/login"), body, {{"Accept-Language", "en-US,en;q=0.9"}});
    QCOMPARE(english.status, 401);
    const QString message =
        english.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QCOMPARE(message, QStringLiteral("The user name or password is wrong."));
    const HttpReply chinese =
        http.send("POST", QStringLiteral("/v1/auth/login"), body, {{"Accept-Language", "zh-CN"}});
    QCOMPARE(chinese.status, 401);
    QCOMPARE(chinese.errorCode(), QStringLiteral("invalid_credentials"));
    const QString chineseMessage =
        chinese.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY(!chineseMessage.isEmpty());
    // The zh_CN catalogue translates it: the sentence is not the English source any more.
    QVERIFY2(chineseMessage != message, qPrintable(chineseMessage));
    QVERIFY(std::any_of(chineseMessage.cbegin(), chineseMessage.cend(),
                        [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }));
}

void TestAuthApi::expiredTokenIsRefused()
{
    QVERIFY(m_server.restart({QStringLiteral("--token-ttl"), QStringLiteral("1")}));
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("sue"), password()).status, 200);
    QThread::msleep(2100);
    const HttpReply reply = http.get(QStringLiteral("/v1/me"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("token_expired"));
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
