#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Login throttling: five failed sign-ins for a user name, or from an address, within 15 minutes lock
// further attempts (429 with Retry-After), audited once per lockout, kept across restarts. Each case
// signs in from its own loopback address (127.0.0.x), so name and address limits can be told apart.
class TestLoginThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void userNameIsLockedOnEveryAddress();
    void addressIsLockedForEveryName();
    void successDoesNotForgiveOtherAddresses();
    void lockoutIsAuditedOnce();
    void lockoutSurvivesARestart();
    void limitsAreServerOptions();
    void wrongOldPasswordsCountAsFailures();

private:
    static QString password() { return QString::fromLatin1(TestServer::kPassword); }
    // POST /v1/auth/login over a socket bound to `source`, so the server sees that client address.
    HttpReply loginFrom(const QString &source, const QString &username, const QString &secret);
    static QByteArray header(const HttpReply &reply, const QByteArray &name);
    void verifyLocked(const HttpReply &reply);

    TestServer m_server;
    const QStringList m_fastHashing{QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")};
};

void TestLoginThrottle::initTestCase()
{
    for (const char *name : {"sue", "olga", "fred", "mia", "nina"})
        QVERIFY(m_server.createUser(QLatin1String(name), QStringLiteral("support")));
    QVERIFY(m_server.start(m_fastHashing)); // the default limits: 5 failures in 15 minutes
}

HttpReply TestLoginThrottle::loginFrom(const QString &source, const QString &username, const QString &secret)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), secret}})
                                .toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    HttpReply reply;
    if (!socket.bind(QHostAddress(source), 0)) {
        qWarning() << "cannot bind to" << source << socket.errorString();
        return reply;
    }
    socket.connectToHost(QHostAddress(m_server.baseUrl().host()), quint16(m_server.baseUrl().port()));
    if (!socket.waitForConnected(10000))
        return reply;
    socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: " + m_server.baseUrl().authority().toLatin1() +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n\r\n" + body);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    qint64 length = -1;
    while (timer.elapsed() < 30000) {
        if (headerEnd >= 0 && length >= 0 && received.size() >= headerEnd + 4 + length)
            break;
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        received += socket.readAll();
        headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        for (const QByteArray &line : received.left(headerEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (line.startsWith("HTTP/"))
                reply.status = line.split(' ').value(1).toInt();
            else if (colon > 0)
                reply.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        length = header(reply, "content-length").toLongLong();
    }
    reply.body = received.mid(headerEnd + 4, length);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    return reply;
}

QByteArray TestLoginThrottle::header(const HttpReply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key.toLower() == name.toLower())
            return value;
    }
    return {};
}

void TestLoginThrottle::verifyLocked(const HttpReply &reply)
{
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_many_attempts"));
    const qint64 seconds = header(reply, "Retry-After").toLongLong();
    QVERIFY2(seconds > 14 * 60 && seconds <= 15 * 60, header(reply, "Retry-After").constData());
    const QString message =
        reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("15")), qPrintable(message));
}

void TestLoginThrottle::userNameIsLockedOnEveryAddress()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            loginFrom(QStringLiteral("127.0.0.2"), QStringLiteral("sue"), QStringLiteral("wrong")).status,
            401);
    // The right password from another address: still refused, the name is locked.
    verifyLocked(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("sue"), password()));
    verifyLocked(loginFrom(QStringLiteral("127.0.0.2"), QStringLiteral("sue"), password()));
    // Another name from a clean address is not affected.
    QCOMPARE(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("olga"), password()).status, 200);
}

void TestLoginThrottle::addressIsLockedForEveryName()
{
    for (int i = 0; i < 5; ++i) {
        const HttpReply reply =
            loginFrom(QStringLiteral("127.0.0.3"), QStringLiteral("ghost%1").arg(i), QStringLiteral("wrong"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
    }
    // A user who never failed is refused from that address, and welcome from another.
    verifyLocked(loginFrom(QStringLiteral("127.0.0.3"), QStringLiteral("fred"), password()));
    QCOMPARE(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("fred"), password()).status, 200);
}

void TestLoginThrottle::successDoesNotForgiveOtherAddresses()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(
            loginFrom(QStringLiteral("127.0.0.4"), QStringLiteral("mia"), QStringLiteral("wrong")).status,
            401);
    QCOMPARE(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("mia"), password()).status, 200);
    QCOMPARE(loginFrom(QStringLiteral("127.0.0.4"), QStringLiteral("mia"), QStringLiteral("wrong")).status,
             401);
    verifyLocked(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("mia"), password()));
}

void TestLoginThrottle::lockoutIsAuditedOnce()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(loginFrom(QStringLiteral("127.0.0.2"), QStringLiteral("sue"), password()).status, 429);
    const ServerDatabase db(m_server.databasePath());
    const QString count =
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.lockout' AND entity = 'login' "
                       "AND entity_id = ? AND after_json LIKE ?");
    QCOMPARE(db.value(count, {QStringLiteral("sue"), QStringLiteral("%\"scope\":\"username\"%")}).toInt(), 1);
    QCOMPARE(
        db.value(count, {QStringLiteral("127.0.0.2"), QStringLiteral("%\"scope\":\"address\"%")}).toInt(), 1);
    QCOMPARE(
        db.value(count, {QStringLiteral("127.0.0.3"), QStringLiteral("%\"scope\":\"address\"%")}).toInt(), 1);
    QCOMPARE(db.value(count, {QStringLiteral("mia"), QStringLiteral("%\"scope\":\"username\"%")}).toInt(), 1);
    // Refused attempts are neither failures nor new lockouts.
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE username = 'sue'")).toInt(),
             5);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.lockout'")).toInt(),
             5);
}

void TestLoginThrottle::lockoutSurvivesARestart()
{
    QVERIFY(m_server.restart(m_fastHashing));
    verifyLocked(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("sue"), password()));
    verifyLocked(loginFrom(QStringLiteral("127.0.0.3"), QStringLiteral("olga"), password()));
    QCOMPARE(loginFrom(QStringLiteral("127.0.0.1"), QStringLiteral("olga"), password()).status, 200);
}

void TestLoginThrottle::limitsAreServerOptions()
{
    QVERIFY(m_server.restart(m_fastHashing +
                             QStringList{QStringLiteral("--login-max-failures"), QStringLiteral("2"),
                                         QStringLiteral("--login-window-minutes"), QStringLiteral("3")}));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            loginFrom(QStringLiteral("127.0.0.6"), QStringLiteral("nina"), QStringLiteral("wrong")).status,
            401);
    const HttpReply reply = loginFrom(QStringLiteral("127.0.0.7"), QStringLiteral("nina"), password());
    QCOMPARE(reply.status, 429);
    const qint64 seconds = header(reply, "Retry-After").toLongLong();
    QVERIFY(seconds > 2 * 60 && seconds <= 3 * 60);
}

void TestLoginThrottle::wrongOldPasswordsCountAsFailures()
{
    // Changing one's own password guesses the old one: the same lockout as signing in.
    TestServer server;
    QVERIFY(server.createUser(QStringLiteral("pat"), QStringLiteral("support")));
    QVERIFY(server.start(m_fastHashing));
    TestHttp http(server.baseUrl());
    const HttpReply signedIn = http.login(QStringLiteral("pat"), password());
    QCOMPARE(signedIn.status, 200);
    const qint64 id =
        signedIn.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/v1/users/%1/password").arg(id);
    const QJsonObject wrong{{QStringLiteral("oldPassword"), QStringLiteral("guess-number-1")},
                            {QStringLiteral("newPassword"), QStringLiteral("Another-Horse-77")}};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.post(path, wrong).errorCode(), QStringLiteral("wrong_password"));
    const HttpReply locked =
        http.post(path, {{QStringLiteral("oldPassword"), password()},
                         {QStringLiteral("newPassword"), QStringLiteral("Another-Horse-77")}});
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
    TestHttp other(server.baseUrl());
    QCOMPARE(other.login(QStringLiteral("pat"), password()).status, 429);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
