#include "server/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using loyalty::server::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifiesTheRightPassword_data();
    void verifiesTheRightPassword();
    void refusesAWrongPassword();
    void storesSchemeIterationsSaltAndHash();
    void saltsEveryHashDifferently();
    void verifiesWithTheStoredIterationCount();
    void refusesMalformedHashes_data();
    void refusesMalformedHashes();
};

void TestPasswordHasher::verifiesTheRightPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addRow("ascii") << QStringLiteral("Correct-Horse-9");
    QTest::addRow("chinese") << QStringLiteral("密码很长的口令");
    QTest::addRow("one character") << QStringLiteral("x");
}

void TestPasswordHasher::verifiesTheRightPassword()
{
    QFETCH(QString, password);
    const PasswordHasher hasher(1000);
    QVERIFY(PasswordHasher::verify(password, hasher.hash(password)));
}

void TestPasswordHasher::refusesAWrongPassword()
{
    const PasswordHasher hasher(1000);
    const QString stored = hasher.hash(QStringLiteral("secret"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("Secret"), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
}

void TestPasswordHasher::storesSchemeIterationsSaltAndHash()
{
    const QString stored = PasswordHasher(1234).hash(QStringLiteral("secret"));
    static const QRegularExpression format(
        QStringLiteral("^pbkdf2-sha256\\$1234\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$"));
    QVERIFY2(format.match(stored).hasMatch(), qPrintable(stored));
}

void TestPasswordHasher::saltsEveryHashDifferently()
{
    const PasswordHasher hasher(1000);
    const QString first = hasher.hash(QStringLiteral("secret"));
    const QString second = hasher.hash(QStringLiteral("secret"));
    QVERIFY(first != second);
    QVERIFY(first.section(QLatin1Char('$'), 2, 2) != second.section(QLatin1Char('$'), 2, 2));
}

void TestPasswordHasher::verifiesWithTheStoredIterationCount()
{
    // A hash made at another cost still verifies: the count travels with it.
    const QString stored = PasswordHasher(2000).hash(QStringLiteral("secret"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("secret"), stored));
    QString tampered = stored;
    tampered.replace(QStringLiteral("$2000$"), QStringLiteral("$2001$"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("secret"), tampered));
}

void TestPasswordHasher::refusesMalformedHashes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addRow("empty") << QString();
    QTest::addRow("plain text") << QStringLiteral("secret");
    QTest::addRow("other scheme") << QStringLiteral("bcrypt$1000$AAAA$BBBB");
    QTest::addRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
    QTest::addRow("bad base64") << QStringLiteral("pbkdf2-sha256$1000$!!!$???");
}

void TestPasswordHasher::refusesMalformedHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("secret"), stored));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
