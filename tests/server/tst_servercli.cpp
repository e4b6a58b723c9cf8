#include "server/ServerDatabase.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using loyalty::test::ServerDatabase;
using loyalty::test::TestServer;

// The command line TestServer, the console's demo launcher and operators rely on.
class TestServerCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void createsAUserWithItsRole();
    void refusesBadUsers_data();
    void refusesBadUsers();
    void createAdminMakesAnAdministrator();
    void shipsWithoutUsers();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {});
};

TestServerCli::Run TestServerCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::binary(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

void TestServerCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no data dir") << QStringList{QStringLiteral("--seed-demo"), QStringLiteral("1")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                                   QStringLiteral("--frobnicate")};
    QTest::addRow("listen without host") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                                        QStringLiteral("--listen"), QStringLiteral("8080")};
    QTest::addRow("create-user without role") << QStringList{
        QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--create-user"), QStringLiteral("a")};
    QTest::addRow("no failures allowed")
        << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--login-max-failures"),
                       QStringLiteral("0")};
    QTest::addRow("window not a number")
        << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                       QStringLiteral("--login-window-minutes"), QStringLiteral("soon")};
    const QString data = QStringLiteral("--data");
    const QString x = QStringLiteral("x");
    const QString expire = QStringLiteral("--expire-lots");
    QTest::addRow("expiry months zero")
        << QStringList{data, x, QStringLiteral("--lot-expiry-months"), QStringLiteral("0")};
    QTest::addRow("now not a time") << QStringList{data, x, expire, QStringLiteral("--now"),
                                                   QStringLiteral("tomorrow")};
    QTest::addRow("now without expire-lots")
        << QStringList{data, x, QStringLiteral("--now"), QStringLiteral("2027-01-01T00:00:00Z")};
    QTest::addRow("batch size zero") << QStringList{data, x, expire, QStringLiteral("--expire-batch-size"),
                                                    QStringLiteral("0")};
    QTest::addRow("max batches negative")
        << QStringList{data, x, expire, QStringLiteral("--max-batches"), QStringLiteral("-1")};
    QTest::addRow("expire and verify together") << QStringList{data, x, expire, QStringLiteral("--verify")};
}

void TestServerCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QStringList absolute = arguments;
    for (QString &argument : absolute) {
        if (argument == QLatin1String("x"))
            argument = dir.filePath(QStringLiteral("data"));
    }
    const Run result = run(absolute);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.output.contains("--data"), result.output.constData()); // the usage text
}

void TestServerCli::createsAUserWithItsRole()
{
    TestServer server;
    QVERIFY(server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    ServerDatabase db(server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT role FROM users WHERE username = 'sue'")).toString(),
             QStringLiteral("support"));
    const QString hash =
        db.value(QStringLiteral("SELECT password_hash FROM users WHERE username = 'sue'")).toString();
    QVERIFY2(hash.startsWith(QLatin1String("pbkdf2-sha256$1000$")), qPrintable(hash));
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.create'")).toInt(),
             1);
}

void TestServerCli::refusesBadUsers_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("existing");
    QTest::addRow("existing user") << QStringLiteral("support") << QByteArray("pw\n") << true;
    QTest::addRow("bad role") << QStringLiteral("superuser") << QByteArray("pw\n") << false;
    QTest::addRow("empty password") << QStringLiteral("support") << QByteArray("\n") << false;
    QTest::addRow("no input") << QStringLiteral("support") << QByteArray() << false;
    QTest::addRow("password too short") << QStringLiteral("support") << QByteArray("Short-1\n") << false;
    QTest::addRow("password too common") << QStringLiteral("support") << QByteArray("qwertyuiop\n") << false;
}

void TestServerCli::refusesBadUsers()
{
    QFETCH(QString, role);
    QFETCH(QByteArray, password);
    QFETCH(bool, existing);
    TestServer server;
    if (existing)
        QVERIFY(server.createUser(QStringLiteral("ann"), QStringLiteral("support")));
    const Run result = run({QStringLiteral("--data"), server.dataDir(), QStringLiteral("--create-user"),
                            QStringLiteral("ann"), QStringLiteral("--role"), role,
                            QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")},
                           password);
    QVERIFY2(result.exitCode != 0, result.output.constData());
    QVERIFY(result.output.contains("loyalty-server:"));
    ServerDatabase db(server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), existing ? 1 : 0);
}

void TestServerCli::createAdminMakesAnAdministrator()
{
    TestServer server;
    const Run result =
        run({QStringLiteral("--data"), server.dataDir(), QStringLiteral("--create-admin"),
             QStringLiteral("root"), QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")},
            "Adm1n-Pass\n");
    QCOMPARE(result.exitCode, 0);
    ServerDatabase db(server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT role FROM users WHERE username = 'root'")).toString(),
             QStringLiteral("admin"));
}

void TestServerCli::shipsWithoutUsers()
{
    TestServer server;
    QVERIFY(server.run({}));
    ServerDatabase db(server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM tiers")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
