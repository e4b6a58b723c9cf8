// An administrator's flow through the real widgets against a real server: create a support user in
// the Users pane, who signs in on another console and finds no Users pane; then the administrator
// disables them, and their console returns to the login dialog with a sentence saying why.
#include "models/UserListModel.h"
#include "support/TestConsole.h"
#include "support/TestServer.h"
#include "ui/ConsoleServices.h"
#include "ui/ConsoleShell.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/Prompt.h"
#include "ui/UserDialog.h"
#include "ui/UsersPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace loyalty;
using loyalty::test::TestServer;

namespace {
const QString kNewPassword = QStringLiteral("Harbour-Lights-42");
}

class tst_AdminFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminSeesUsersPane();
    void createSupportUser();
    void supportUserHasNoUsersPane();
    void disablingSendsThemBackToSignIn();

private:
    static void typeText(QWidget *widget, const QString &text);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_admin;
    std::unique_ptr<ConsoleShell> m_adminShell;
    std::unique_ptr<ConsoleServices> m_agent;
    std::unique_ptr<ConsoleShell> m_agentShell;
};

void tst_AdminFlow::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void tst_AdminFlow::initTestCase()
{
    QVERIFY(m_server.seedDemo(10));
    QVERIFY(m_server.createUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(m_server.start());
    m_admin = test::makeConsoleServices(m_home.path(), QStringLiteral("admin"));
    m_admin->language().apply(QStringLiteral("en"));
    QVERIFY(test::signInConsole(*m_admin, m_server.baseUrl(), QStringLiteral("root")));
    m_adminShell = std::make_unique<ConsoleShell>(*m_admin);
    m_adminShell->enterConsole();
    QVERIFY(QTest::qWaitForWindowExposed(m_adminShell->window()));
}

void tst_AdminFlow::cleanupTestCase()
{
    m_agentShell.reset();
    m_adminShell.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_agent.reset();
    m_admin.reset();
}

void tst_AdminFlow::adminSeesUsersPane()
{
    MainWindow *window = m_adminShell->window();
    QCOMPARE(
        window->visiblePanes(),
        (QStringList{QStringLiteral("membersPane"), QStringLiteral("approvalsPane"),
                     QStringLiteral("auditPane"), QStringLiteral("usersPane"), QStringLiteral("tiersPane"),
                     QStringLiteral("mallPane"), QStringLiteral("redemptionsPane")}));
    QVERIFY(window->showPane(QStringLiteral("usersPane")));
    window->refresh();
    UsersPane *pane = window->usersPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOfUser(1) >= 0 && !pane->model()->isLoading(), 10000);
    QCOMPARE(pane->model()->accountAt(0).username, QStringLiteral("root"));
}

void tst_AdminFlow::createSupportUser()
{
    UsersPane *pane = m_adminShell->window()->usersPane();
    QString weakRefusal;
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<UserDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("wang.fang"));
        dialog->displayNameEdit()->setFocus();
        typeText(dialog->displayNameEdit(), QStringLiteral("王芳"));
        dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(int(Role::Support)));
        // A password the policy refuses: the dialog says which rule, beside the field, and sends nothing.
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("wang.fang"));
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("wang.fang"));
        dialog->submit();
        weakRefusal = dialog->errorLabel()->text();
        QVERIFY(dialog->isVisible());
        dialog->passwordEdit()->clear();
        dialog->confirmEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), kNewPassword);
        QTest::keyClicks(dialog->confirmEdit(), kNewPassword);
        QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return);
        filled = true;
    });
    pane->newAction()->trigger();
    QVERIFY(filled);
    QCOMPARE(weakRefusal, QStringLiteral("The password must be at least 10 characters long."));
    const int row = pane->model()->rowOfUser(pane->model()->accountAt(pane->model()->rowCount() - 1).id);
    const UserAccount created = pane->model()->accountAt(row);
    QCOMPARE(created.username, QStringLiteral("wang.fang"));
    QCOMPARE(created.displayName, QStringLiteral("王芳"));
    QCOMPARE(created.role, Role::Support);
    QVERIFY(created.enabled);
    QVERIFY(pane->messageLabel()->text().contains(QStringLiteral("王芳")));
}

void tst_AdminFlow::supportUserHasNoUsersPane()
{
    m_agent = test::makeConsoleServices(m_home.path(), QStringLiteral("agent"));
    QVERIFY(test::signInConsole(*m_agent, m_server.baseUrl(), QStringLiteral("wang.fang"), kNewPassword));
    m_agentShell = std::make_unique<ConsoleShell>(*m_agent);
    m_agentShell->enterConsole();
    MainWindow *window = m_agentShell->window();
    // Every role reads the mall's catalogue and its redemptions.
    QCOMPARE(window->visiblePanes(), (QStringList{QStringLiteral("membersPane"), QStringLiteral("mallPane"),
                                                  QStringLiteral("redemptionsPane")}));
    QVERIFY(!window->showPane(QStringLiteral("usersPane")));
    QVERIFY(window->userLabel()->text().contains(QStringLiteral("王芳")));
}

void tst_AdminFlow::disablingSendsThemBackToSignIn()
{
    UsersPane *pane = m_adminShell->window()->usersPane();
    UserListModel *model = pane->model();
    const int row = [&] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->accountAt(r).username == QLatin1String("wang.fang"))
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    pane->view()->setCurrentIndex(model->index(row, 0));
    Prompt::setNextAnswer(QMessageBox::Yes);
    pane->toggleEnabledAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!model->accountAt(row).enabled, 10000);

    // The agent's next request is refused; their console asks them to sign in and says why.
    QString notice;
    bool dialogSeen = false;
    // The dialog runs its own event loop: look for it from a timer, not from a blocking wait.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        LoginDialog *dialog = m_agentShell->loginDialog();
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        notice = dialog->noticeLabel()->text();
        dialogSeen = true;
        dialog->reject();
    });
    poll.start();
    QSignalSpy quit(m_agentShell.get(), &ConsoleShell::quitRequested);
    m_agentShell->window()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dialogSeen, 20000);
    QVERIFY2(notice.startsWith(QStringLiteral("Your session ended:")), qPrintable(notice));
    QVERIFY(notice.length() > QStringLiteral("Your session ended:  Please sign in again.").length());
    QTRY_COMPARE(quit.count(), 1);
}

QTEST_MAIN(tst_AdminFlow)
#include "tst_adminflow.moc"
