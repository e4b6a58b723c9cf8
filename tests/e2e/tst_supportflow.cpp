// The support agent's core flow, driven through the real widgets against a real server:
// sign in, search by the last 4 digits of a phone, open the member, adjust +100 with a reason, see the new
// ledger row and balance; then the server stops and the cached member is still shown under the banner.
#include "client/MemoryTokenStore.h"
#include "models/LedgerModel.h"
#include "models/MemberExporter.h"
#include "models/MemberListModel.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/AdjustPointsDialog.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MemberDetailView.h"
#include "ui/MembersPane.h"
#include "ui/OfflineBanner.h"
#include "ui/ReverseEntryDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_SupportFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signIn();
    void findMemberByLastFourDigits();
    void adjustPointsWithReason();
    void reverseTheAdjustment();
    void offlineShowsCachedMember();

private:
    static void typeText(QWidget *widget, const QString &text);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_lastFour;
    Member m_target;
};

// QTest::keyClicks aborts on non-Latin-1 text: send each character as its own key event instead.
void tst_SupportFlow::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void tst_SupportFlow::initTestCase()
{
    QVERIFY(m_server.seedDemo(400));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());

    // Pick a member through the API, as the agent would hear it on the phone: "my number ends in ...".
    test::TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const auto page = http.get(QStringLiteral("/v1/members?limit=50"));
    QCOMPARE(page.status, 200);
    m_target = Member::fromJson(page.json.value(QStringLiteral("items")).toArray().at(42).toObject());
    m_lastFour = m_target.phone.right(4);
    QVERIFY(m_target.id != 0);

    auto settings = std::make_unique<ConsoleSettings>(m_home.filePath(QStringLiteral("settings.ini")));
    settings->setCacheDirectory(m_home.filePath(QStringLiteral("cache")));
    settings->setLanguage(QStringLiteral("en"));
    m_services = std::make_unique<ConsoleServices>(std::move(settings), std::make_unique<MemoryTokenStore>());
    m_services->language().apply(QStringLiteral("en"));
    QVERIFY(m_services->openCache());
}

void tst_SupportFlow::cleanupTestCase()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_services.reset();
}

void tst_SupportFlow::signIn()
{
    LoginDialog dialog(*m_services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.serverEdit()->clear();
    QTest::keyClicks(dialog.serverEdit(), m_server.baseUrl().toString());
    dialog.usernameEdit()->clear();
    QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("agent"));

    // A wrong password first: the sentence appears in the dialog, which stays open.
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 10000);
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QVERIFY(dialog.isVisible());

    QTest::keyClicks(dialog.passwordEdit(), QString::fromLatin1(TestServer::kPassword));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(m_services->session().isSignedIn());

    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->setUser(m_services->session().user());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->userLabel()->text().contains(QStringLiteral("agent")));
    QVERIFY(m_window->connectionLabel()->text().contains(QStringLiteral("Online")));
}

void tst_SupportFlow::findMemberByLastFourDigits()
{
    MembersPane *pane = m_window->membersPane();
    // Ctrl+F from anywhere puts the cursor in the search box.
    m_window->findAction()->trigger();
    QTRY_VERIFY(pane->searchEdit()->hasFocus());
    QTest::keyClicks(pane->searchEdit(), m_lastFour);
    MemberListModel *model = pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfMember(m_target.id) >= 0 && !model->isLoading(), 10000);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->memberAt(row).phone.right(4), m_lastFour);

    const int row = model->rowOfMember(m_target.id);
    QTableView *list = pane->listView();
    const QRect cell = list->visualRect(model->index(row, MemberListModel::NameColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    MemberDetailView *detail = pane->detailView();
    QTRY_COMPARE_WITH_TIMEOUT(detail->member().memberNo, m_target.memberNo, 10000);
    QCOMPARE(detail->phoneLabel()->text(), m_target.phone); // masked
    QVERIFY(detail->phoneLabel()->text().contains(QStringLiteral("****")));
    QCOMPARE(detail->balanceLabel()->text(), QLocale().toString(m_target.balance));
    QTRY_VERIFY_WITH_TIMEOUT(detail->ledgerModel()->rowCount() > 0, 10000);
    QVERIFY(detail->adjustButton()->isEnabled());

    // Ctrl+E exports what the search matched, without a modal, and says where the file went.
    const QString path = m_home.filePath(QStringLiteral("found.csv"));
    ExportLine::setNextPath(path);
    m_window->exportAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !pane->exporter()->isRunning() && pane->exportLine()->messageLabel()->isVisible(), 10000);
    QCOMPARE(pane->exporter()->rowsWritten(), model->rowCount());
    QVERIFY(pane->exportLine()->messageLabel()->text().contains(QStringLiteral("found.csv")));
    QVERIFY(QFile::exists(path));
}

void tst_SupportFlow::adjustPointsWithReason()
{
    MemberDetailView *detail = m_window->membersPane()->detailView();
    const qint64 before = detail->member().balance;
    bool filled = false;
    QString inlineError;
    // The dialog is modal: fill it in from the event loop it runs.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AdjustPointsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->amountBox()->clear();
        QTest::keyClicks(dialog->amountBox(), QStringLiteral("100"));
        // No reason chosen yet: the dialog says so next to the field and posts nothing.
        dialog->submit();
        inlineError = dialog->errorLabel()->text();
        QVERIFY(dialog->isVisible());
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("goodwill")));
        dialog->noteEdit()->setFocus();
        typeText(dialog->noteEdit(), QStringLiteral("客户投诉补偿"));
        QCOMPARE(dialog->noteEdit()->text(), QStringLiteral("客户投诉补偿"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        filled = true;
    });
    QTest::mouseClick(detail->adjustButton(), Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(inlineError, QStringLiteral("Choose a reason for the adjustment."));

    QTRY_COMPARE_WITH_TIMEOUT(detail->balanceLabel()->text(), QLocale().toString(before + 100), 10000);
    LedgerModel *ledger = detail->ledgerModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        !ledger->isLoading() && ledger->rowCount() > 0 && ledger->entryAt(0).amount == 100, 10000);
    const LedgerEntry top = ledger->entryAt(0);
    QCOMPARE(top.kind, LedgerKind::Adjust);
    QCOMPARE(top.balanceAfter, before + 100);
    QCOMPARE(top.reason, QStringLiteral("goodwill"));
    QCOMPARE(top.note, QStringLiteral("客户投诉补偿"));
    QCOMPARE(top.actor, QStringLiteral("agent"));
    // The list row shows the new balance too.
    MemberListModel *model = m_window->membersPane()->listModel();
    QTRY_COMPARE(model->memberAt(model->rowOfMember(m_target.id)).balance, before + 100);
    m_target.balance = before + 100;
}

void tst_SupportFlow::reverseTheAdjustment()
{
    MemberDetailView *detail = m_window->membersPane()->detailView();
    LedgerModel *ledger = detail->ledgerModel();
    const qint64 before = detail->member().balance;
    const LedgerEntry adjustment = ledger->entryAt(0);
    QCOMPARE(adjustment.amount, 100);
    QVERIFY(!detail->reverseButton()->isEnabled()); // nothing selected yet
    detail->ledgerView()->setCurrentIndex(ledger->index(0, 0));
    QVERIFY(detail->reverseButton()->isEnabled());

    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReverseEntryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("correction")));
        dialog->noteEdit()->setFocus();
        typeText(dialog->noteEdit(), QStringLiteral("重复补偿"));
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
        filled = true;
    });
    QTest::mouseClick(detail->reverseButton(), Qt::LeftButton);
    QVERIFY(filled);

    QTRY_COMPARE_WITH_TIMEOUT(detail->balanceLabel()->text(), QLocale().toString(before - 100), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->isLoading() && ledger->entryAt(0).kind == LedgerKind::Reverse, 10000);
    const LedgerEntry reversal = ledger->entryAt(0);
    QCOMPARE(reversal.amount, -100);
    QCOMPARE(reversal.reversesEntryId, adjustment.id);
    QCOMPARE(reversal.note, QStringLiteral("重复补偿"));
    m_target.balance = before - 100;

    // Neither the reversal nor the reversed entry can be reversed again, and the button says why.
    detail->ledgerView()->setCurrentIndex(ledger->index(0, 0));
    QVERIFY(!detail->reverseButton()->isEnabled());
    QVERIFY(detail->reverseButton()->toolTip().contains(QStringLiteral("cannot be reversed")));
    detail->ledgerView()->setCurrentIndex(ledger->index(1, 0));
    QCOMPARE(ledger->entryAt(1).id, adjustment.id);
    QVERIFY(!detail->reverseButton()->isEnabled());
    QVERIFY(detail->reverseButton()->toolTip().contains(QStringLiteral("already been reversed")));
}

void tst_SupportFlow::offlineShowsCachedMember()
{
    QThreadPool::globalInstance()->waitForDone(); // write-through of what was fetched
    m_server.stop();

    MembersPane *pane = m_window->membersPane();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(pane->offlineBanner()->isVisible(), 30000);
    QVERIFY(pane->offlineBanner()->text().contains(QStringLiteral("Offline, data as of")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(QStringLiteral("Offline")), 10000);
    MemberListModel *model = pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->isShowingCache() && model->rowOfMember(m_target.id) >= 0, 10000);
    QCOMPARE(model->memberAt(model->rowOfMember(m_target.id)).balance, m_target.balance);

    MemberDetailView *detail = pane->detailView();
    QTRY_COMPARE_WITH_TIMEOUT(detail->balanceLabel()->text(), QLocale().toString(m_target.balance), 10000);
    // Writes are disabled offline, and the button says why.
    QTRY_VERIFY(!detail->adjustButton()->isEnabled());
    QVERIFY(detail->adjustButton()->toolTip().contains(QStringLiteral("Offline")));
}

QTEST_MAIN(tst_SupportFlow)
#include "tst_supportflow.moc"
