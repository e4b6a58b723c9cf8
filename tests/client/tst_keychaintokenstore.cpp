// A real Secret Service round trip. The test command runs ctest under dbus-run-session with an unlocked
// gnome-keyring; where none is running the test is skipped, unless LOYALTY_REQUIRE_KEYCHAIN=1 (CI) says
// that a missing keychain is a failure.
#include "client/KeychainTokenStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace loyalty;

class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsEmptyNotError();
};

void tst_KeychainTokenStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariableIntValue("LOYALTY_REQUIRE_KEYCHAIN"))
            QFAIL("no D-Bus session: run under dbus-run-session with gnome-keyring");
        QSKIP("no D-Bus session bus, so no Secret Service to test against");
    }
}

void tst_KeychainTokenStore::roundTrip()
{
    KeychainTokenStore store(QStringLiteral("LoyaltyConsoleTest"));
    const QString account = QStringLiteral("agent@http://127.0.0.1:1");
    const QByteArray token = "tok-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());

    QSignalSpy saved(&store, &TokenStore::saved);
    store.save(account, token);
    QVERIFY(saved.wait(20000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));

    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(account);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toByteArray(), token);

    QSignalSpy removed(&store, &TokenStore::removed);
    store.remove(account);
    QVERIFY(removed.wait(20000));
    QVERIFY(removed.first().at(0).toBool());

    loaded.clear();
    store.load(account);
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().at(0).toByteArray().isEmpty());
}

void tst_KeychainTokenStore::missingEntryIsEmptyNotError()
{
    KeychainTokenStore store(QStringLiteral("LoyaltyConsoleTest"));
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(QStringLiteral("nobody@nowhere"));
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().at(0).toByteArray().isEmpty());
    QCOMPARE(loaded.first().at(1).toString(), QString());
}

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_keychaintokenstore.moc"
