// The login dialog: mistakes are said next to the field and nothing is sent; a machine without a
// keychain is told before anyone signs in; http is refused for remote servers.
#include "client/MemoryTokenStore.h"
#include "support/TestServer.h"
#include "ui/ConsoleServices.h"
#include "ui/LoginDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_LoginDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void refusesBadInput_data();
    void refusesBadInput();
    void saysWhenTokenStaysInMemory();
    void remembersServerAndUser();

private:
    std::unique_ptr<ConsoleServices> makeServices();
    QTemporaryDir m_dir;
};

std::unique_ptr<ConsoleServices> tst_LoginDialog::makeServices()
{
    auto settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(QStringLiteral("en"));
    return std::make_unique<ConsoleServices>(std::move(settings), std::make_unique<MemoryTokenStore>());
}

void tst_LoginDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

void tst_LoginDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("focused");
    QTest::addColumn<QString>("sentence");
    QTest::addRow("ftp address") << "ftp://example.com"
                                 << "agent"
                                 << "pw"
                                 << "serverEdit"
                                 << "Enter the server address, for example https://loyalty.example.com.";
    QTest::addRow("http to another computer")
        << "http://loyalty.example.com"
        << "agent"
        << "pw"
        << "serverEdit"
        << "Use https for a server on another computer; http is allowed only for this computer.";
    QTest::addRow("no user") << "https://loyalty.example.com"
                             << "  "
                             << "pw"
                             << "usernameEdit"
                             << "Enter your user name.";
    QTest::addRow("no password") << "http://127.0.0.1:1"
                                 << "agent"
                                 << ""
                                 << "passwordEdit"
                                 << "Enter your password.";
}

void tst_LoginDialog::refusesBadInput()
{
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, focused);
    QFETCH(QString, sentence);
    auto services = makeServices();
    LoginDialog dialog(*services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.serverEdit()->setText(server);
    dialog.usernameEdit()->setText(user);
    dialog.passwordEdit()->setText(password);
    dialog.submit();
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), sentence);
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QVERIFY(dialog.isVisible());
    QVERIFY(!services->session().isSignedIn());
}

void tst_LoginDialog::saysWhenTokenStaysInMemory()
{
    auto services = makeServices();
    LoginDialog dialog(*services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.keychainLabel()->isVisible());
    QVERIFY(dialog.keychainLabel()->text().contains(QStringLiteral("memory only")));
}

void tst_LoginDialog::remembersServerAndUser()
{
    TestServer server;
    QVERIFY(server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(server.start());
    {
        auto services = makeServices();
        LoginDialog dialog(*services);
        dialog.serverEdit()->setText(server.baseUrl().toString());
        dialog.usernameEdit()->setText(QStringLiteral("agent"));
        dialog.passwordEdit()->setText(QString::fromLatin1(TestServer::kPassword));
        dialog.rememberBox()->setChecked(true);
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        services->settings().sync();
    }
    auto services = makeServices();
    LoginDialog dialog(*services);
    QCOMPARE(dialog.serverEdit()->text(), server.baseUrl().toString());
    QCOMPARE(dialog.usernameEdit()->text(), QStringLiteral("agent"));
    QVERIFY(dialog.rememberBox()->isChecked());
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // never stored
    QFile settingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(TestServer::kPassword));
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
