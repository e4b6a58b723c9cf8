// Signing in and out against a real server: the token (never the password) is remembered only when asked,
// a remembered session resumes, a revoked one does not, and a machine without a keychain is told so.
#include "client/ApiClient.h"
#include "client/KeychainTokenStore.h"
#include "client/MemoryTokenStore.h"
#include "client/SessionManager.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_SessionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInWithoutRememberKeepsNothing();
    void rememberedSessionResumes();
    void signOutRevokesRememberedToken();
    void wrongPasswordIsRefused();
    void missingKeychainFallsBackToMemory();

private:
    QByteArray storedToken(TokenStore &store, const QString &account);
    TestServer m_server;
};

void tst_SessionManager::initTestCase()
{
    // No session bus for this process: the keychain case below must find none.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loyalty-test-bus");
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
}

QByteArray tst_SessionManager::storedToken(TokenStore &store, const QString &account)
{
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(account);
    if (!loaded.wait(10000))
        return {};
    return loaded.first().first().toByteArray();
}

void tst_SessionManager::signInWithoutRememberKeepsNothing()
{
    ApiClient client;
    MemoryTokenStore store;
    SessionManager session(&client, &store);
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    session.signIn(m_server.baseUrl(), QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword),
                   false);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(session.user().role, Role::Support);
    QVERIFY(session.user().can(Permission::PointsAdjust));
    QVERIFY(!client.token().isEmpty());
    QVERIFY(storedToken(store, SessionManager::accountKey(m_server.baseUrl(), QStringLiteral("agent")))
                .isEmpty());
}

void tst_SessionManager::rememberedSessionResumes()
{
    MemoryTokenStore store;
    QByteArray token;
    {
        ApiClient client;
        SessionManager session(&client, &store);
        QSignalSpy signedIn(&session, &SessionManager::signedIn);
        session.signIn(m_server.baseUrl(), QStringLiteral("agent"),
                       QString::fromLatin1(TestServer::kPassword), true);
        QVERIFY(signedIn.wait(10000));
        token = client.token();
    }
    const QByteArray stored =
        storedToken(store, SessionManager::accountKey(m_server.baseUrl(), QStringLiteral("agent")));
    QCOMPARE(stored, token);
    QVERIFY(!stored.contains(TestServer::kPassword));

    ApiClient client;
    SessionManager session(&client, &store);
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    session.resume(m_server.baseUrl(), QStringLiteral("agent"));
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(session.user().username, QStringLiteral("agent"));
}

void tst_SessionManager::signOutRevokesRememberedToken()
{
    MemoryTokenStore store;
    ApiClient client;
    SessionManager session(&client, &store);
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    session.signIn(m_server.baseUrl(), QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword),
                   true);
    QVERIFY(signedIn.wait(10000));
    const QByteArray token = client.token();
    session.signOut();
    QVERIFY(!session.isSignedIn());
    QTRY_VERIFY(storedToken(store, SessionManager::accountKey(m_server.baseUrl(), QStringLiteral("agent")))
                    .isEmpty());

    // Someone who copied the old token cannot resume with it either.
    store.save(SessionManager::accountKey(m_server.baseUrl(), QStringLiteral("agent")), token);
    QTest::qWait(500); // the logout request reaches the server
    ApiClient again;
    SessionManager resumed(&again, &store);
    QSignalSpy failed(&resumed, &SessionManager::resumeFailed);
    resumed.resume(m_server.baseUrl(), QStringLiteral("agent"));
    QVERIFY(failed.wait(10000));
    QVERIFY(!resumed.isSignedIn());
}

void tst_SessionManager::wrongPasswordIsRefused()
{
    ApiClient client;
    MemoryTokenStore store;
    SessionManager session(&client, &store);
    QSignalSpy failed(&session, &SessionManager::signInFailed);
    session.signIn(m_server.baseUrl(), QStringLiteral("agent"), QStringLiteral("nope"), true);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("invalid_credentials"));
    QVERIFY(!session.isSignedIn());
    QVERIFY(client.token().isEmpty());
}

void tst_SessionManager::missingKeychainFallsBackToMemory()
{
    ApiClient client;
    KeychainTokenStore keychain(QStringLiteral("LoyaltyConsoleTest"));
    SessionManager session(&client, &keychain);
    QSignalSpy unavailable(&session, &SessionManager::keychainUnavailable);
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    session.signIn(m_server.baseUrl(), QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword),
                   true);
    QVERIFY(signedIn.wait(30000));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!unavailable.first().first().toString().isEmpty());
    QVERIFY(!session.tokenPersisted());
    QVERIFY(!client.token().isEmpty()); // the session carries on, in memory
}

QTEST_GUILESS_MAIN(tst_SessionManager)
#include "tst_sessionmanager.moc"
