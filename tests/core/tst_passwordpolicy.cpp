#include "core/PasswordPolicy.h"

#include <QTest>

using loyalty::PasswordPolicy;

class tst_PasswordPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
};

void tst_PasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addRow("good") << "Harbour-Lights-42"
                          << "alice"
                          << "";
    QTest::addRow("nine characters") << "Abcdefg1!"
                                     << "alice"
                                     << "password_too_short";
    QTest::addRow("empty") << ""
                           << "alice"
                           << "password_too_short";
    QTest::addRow("user name") << "supervisor"
                               << "supervisor"
                               << "password_is_username";
    QTest::addRow("user name other case") << "SuperVisor"
                                          << "supervisor"
                                          << "password_is_username";
    QTest::addRow("common") << "1234567890"
                            << "alice"
                            << "password_too_common";
    QTest::addRow("common other case") << "Password123"
                                       << "alice"
                                       << "password_too_common";
    QTest::addRow("chinese passphrase") << "我的会员积分密码很长"
                                        << "alice"
                                        << "";
}

void tst_PasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(QString, code);
    const auto violation = PasswordPolicy::check(password, username, QStringLiteral("newPassword"));
    if (code.isEmpty()) {
        QVERIFY2(!violation, violation ? qPrintable(violation->code) : "");
    } else {
        QVERIFY(violation);
        QCOMPARE(violation->code, code);
        QCOMPARE(violation->field, QStringLiteral("newPassword"));
        QVERIFY(!violation->text().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_PasswordPolicy)
#include "tst_passwordpolicy.moc"
