// `loyalty-console --demo` relies on this: a real server over a fresh demo database, and a demo
// administrator who can sign in.
#include "client/ApiClient.h"
#include "client/LocalServerLauncher.h"
#include "client/LoginJob.h"
#include "client/MemberSearchJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace loyalty;

class tst_LocalServerLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsSeededServerAndSignsIn();
    void missingBinaryFailsWithSentence();
};

void tst_LocalServerLauncher::startsSeededServerAndSignsIn()
{
    LocalServerLauncher launcher;
    launcher.setMemberCount(120);
    QSignalSpy ready(&launcher, &LocalServerLauncher::ready);
    QSignalSpy failed(&launcher, &LocalServerLauncher::failed);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 120000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(launcher.serverUrl().host(), QStringLiteral("127.0.0.1"));

    ApiClient client;
    client.setBaseUrl(launcher.serverUrl());
    auto *login = new LoginJob(&client, launcher.username(), launcher.password());
    QSignalSpy loggedIn(login, &ApiJob::finished);
    login->start();
    QVERIFY(loggedIn.wait(30000));
    QVERIFY2(login->succeeded(), qPrintable(login->errorText()));
    QCOMPARE(login->user().role, Role::Admin);
    client.setToken(login->token());

    auto *search = new MemberSearchJob(&client, QString(), QString(), 500);
    QSignalSpy searched(search, &ApiJob::finished);
    search->start();
    QVERIFY(searched.wait(30000));
    QCOMPARE(search->members().size(), 120);
}

void tst_LocalServerLauncher::missingBinaryFailsWithSentence()
{
    qputenv("LOYALTY_SERVER_BIN", "/nonexistent/loyalty-server");
    LocalServerLauncher launcher;
    QSignalSpy failed(&launcher, &LocalServerLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nonexistent/loyalty-server")));
}

QTEST_GUILESS_MAIN(tst_LocalServerLauncher)
#include "tst_localserverlauncher.moc"
