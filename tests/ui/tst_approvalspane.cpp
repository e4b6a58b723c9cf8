// Large adjustments and their second signature, through the real widgets against a real server:
// a support agent asks for +6,000 (the dialog says it waits, nothing is posted, the balance stays);
// a manager sees the badge "(1)", selects the request, reads the member's recent ledger, approves after
// the confirmation, and the row leaves the queue, the badge drops and the ledger has the entry. A
// rejection needs a comment (refused inline, nothing sent), and a manager who asked may not decide their
// own request (the button says why; forced, the server's refusal is shown next to the buttons).
#include "client/PendingApprovalCounter.h"
#include "models/ApprovalExporter.h"
#include "models/ApprovalModel.h"
#include "models/LedgerModel.h"
#include "support/TestConsole.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/AdjustPointsDialog.h"
#include "ui/ApprovalsPane.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/MainWindow.h"
#include "ui/MemberDetailView.h"
#include "ui/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_ApprovalsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void supportAsksAboveTheThreshold();
    void approveFromQueue();
    void rejectNeedsAComment();
    void requesterCannotDecideOwn();
    void buttonsSayWhy_data();
    void buttonsSayWhy();
    void exportWritesTheList();
    void staleQueueSaysSoAndIsReadAgainWhenShown();

private:
    std::unique_ptr<ConsoleServices> signedIn(const QString &user);
    std::unique_ptr<TestHttp> http(const QString &user);
    Member fetchMember(qint64 id);
    QString approvalsNavigationText() const;
    void selectRow(ApprovalsPane *pane, qint64 approvalId);
    qint64 askForAdjustment(const QString &user, qint64 memberId, qint64 amount, const QByteArray &key);
    Approval::Status statusOnServer(qint64 approvalId);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_support;
    std::unique_ptr<ConsoleServices> m_manager;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_memberId = 0;
    qint64 m_approvalId = 0;
    qint64 m_balanceBefore = 0;
};

std::unique_ptr<ConsoleServices> tst_ApprovalsPane::signedIn(const QString &user)
{
    auto services = test::makeConsoleServices(m_home.path(), user);
    if (!test::signInConsole(*services, m_server.baseUrl(), user))
        return {};
    return services;
}

std::unique_ptr<TestHttp> tst_ApprovalsPane::http(const QString &user)
{
    auto http = std::make_unique<TestHttp>(m_server.baseUrl());
    http->login(user, QString::fromLatin1(TestServer::kPassword));
    return http;
}

Member tst_ApprovalsPane::fetchMember(qint64 id)
{
    return Member::fromJson(http(QStringLiteral("mia"))->get(QStringLiteral("/v1/members/%1").arg(id)).json);
}

qint64 tst_ApprovalsPane::askForAdjustment(const QString &user, qint64 memberId, qint64 amount,
                                           const QByteArray &key)
{
    const HttpReply reply = http(user)->post(QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
                                             {{QStringLiteral("amount"), amount},
                                              {QStringLiteral("reason"), QStringLiteral("campaign")},
                                              {QStringLiteral("note"), QStringLiteral("双11 活动补发")}},
                                             key);
    if (reply.status != 202)
        qWarning() << "adjustment answered" << reply.status << reply.body;
    return reply.json.value(QStringLiteral("approval")).toObject().value(QStringLiteral("id")).toInteger();
}

Approval::Status tst_ApprovalsPane::statusOnServer(qint64 approvalId)
{
    const std::unique_ptr<TestHttp> mia = http(QStringLiteral("mia"));
    for (Approval::Status status : {Approval::Status::Pending, Approval::Status::Approved,
                                    Approval::Status::Rejected, Approval::Status::Cancelled}) {
        const HttpReply page = mia->get(
            QStringLiteral("/v1/approvals?limit=500&status=%1").arg(Approval::statusToString(status)));
        for (const QJsonValue &item : page.json.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == approvalId)
                return status;
        }
    }
    qWarning() << "approval" << approvalId << "is in no list";
    return Approval::Status::Cancelled;
}

QString tst_ApprovalsPane::approvalsNavigationText() const
{
    const int row = int(m_window->visiblePanes().indexOf(QStringLiteral("approvalsPane")));
    return row < 0 ? QString() : m_window->navigation()->item(row)->text();
}

void tst_ApprovalsPane::selectRow(ApprovalsPane *pane, qint64 approvalId)
{
    ApprovalModel *model = pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowOfApproval(approvalId) >= 0, 10000);
    QTableView *list = pane->listView();
    const QRect cell =
        list->visualRect(model->index(model->rowOfApproval(approvalId), ApprovalModel::MemberColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(pane->shownApproval().id, approvalId);
}

void tst_ApprovalsPane::initTestCase()
{
    QVERIFY(m_server.seedDemo(8));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("max"), QStringLiteral("manager")));
    QVERIFY(m_server.start());
    m_support = signedIn(QStringLiteral("sue"));
    QVERIFY(m_support);
    m_support->language().apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_memberId = 3;
}

void tst_ApprovalsPane::cleanupTestCase()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_manager.reset();
    m_support.reset();
}

void tst_ApprovalsPane::supportAsksAboveTheThreshold()
{
    MemberDetailView detail(*m_support);
    detail.setUser(m_support->session().user());
    detail.show();
    detail.showMember(m_memberId);
    QTRY_VERIFY_WITH_TIMEOUT(detail.member().memberNo.size() > 0 && detail.adjustButton()->isEnabled(),
                             10000);
    m_balanceBefore = detail.member().balance;
    const QString balanceText = detail.balanceLabel()->text();
    QCOMPARE(balanceText, QLocale().toString(m_balanceBefore));

    bool filled = false;
    QString notice;
    bool stayedOpen = false;
    bool okHidden = false;
    // The dialog is modal: fill it in from the event loop it runs.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AdjustPointsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->amountBox()->setValue(6000);
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("goodwill")));
        dialog->noteEdit()->setText(QStringLiteral("ticket 4711"));
        QDialogButtonBox *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // The server answers 202: the dialog stays and says in words that it waits.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->noticeLabel()->isVisible(), 10000);
        notice = dialog->noticeLabel()->text();
        stayedOpen = dialog->isVisible();
        okHidden = !buttons->button(QDialogButtonBox::Ok)->isVisible();
        QVERIFY(dialog->awaitsApproval());
        QCOMPARE(dialog->postedEntry().id, qint64(0));
        m_approvalId = dialog->approval().id;
        QCOMPARE(dialog->approval().amount, qint64(6000));
        QCOMPARE(dialog->approval().status, Approval::Status::Pending);
        QVERIFY(!dialog->errorLabel()->isVisible());
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        filled = true;
    });
    detail.adjustPoints();
    QVERIFY(filled);
    QVERIFY(stayedOpen);
    QVERIFY(okHidden);
    QVERIFY(m_approvalId != 0);
    QVERIFY2(notice.contains(QStringLiteral("+6,000")), qPrintable(notice));
    QVERIFY2(notice.contains(QString::number(m_approvalId)), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("approval")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("Nothing was posted")), qPrintable(notice));

    // The member view does not pretend: the balance is the server's, unchanged, and it says why.
    QTest::qWait(300);
    QTRY_VERIFY_WITH_TIMEOUT(!detail.ledgerModel()->isLoading(), 10000);
    QCOMPARE(detail.balanceLabel()->text(), balanceText);
    QCOMPARE(fetchMember(m_memberId).balance, m_balanceBefore);
    QCOMPARE(statusOnServer(m_approvalId), Approval::Status::Pending);
}

void tst_ApprovalsPane::approveFromQueue()
{
    QVERIFY(m_approvalId != 0);
    m_manager = signedIn(QStringLiteral("mia"));
    QVERIFY(m_manager);
    m_window = std::make_unique<MainWindow>(*m_manager);
    m_window->setUser(m_manager->session().user());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // After Members, for managers; with the pending count.
    QCOMPARE(m_window->visiblePanes().value(1), QStringLiteral("approvalsPane"));
    QTRY_COMPARE_WITH_TIMEOUT(approvalsNavigationText(), QStringLiteral("Approvals (1)"), 10000);
    QCOMPARE(m_window->approvalCounter()->count(), 1);
    QVERIFY(m_window->runExpiryAction()->isVisible());

    QVERIFY(m_window->showPane(QStringLiteral("approvalsPane")));
    ApprovalsPane *pane = m_window->approvalsPane();
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->detailTitleLabel()->text(), QStringLiteral("Select an adjustment in the queue"));
    QVERIFY(!pane->approveButton()->isEnabled());
    QCOMPARE(pane->approveButton()->toolTip(), QStringLiteral("Select an adjustment in the queue first."));
    selectRow(pane, m_approvalId);
    ApprovalModel *model = pane->listModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ApprovalModel::AmountColumn)).toString(), QStringLiteral("+6,000"));
    QCOMPARE(model->data(model->index(0, ApprovalModel::RequestedByColumn)).toString(),
             QStringLiteral("sue"));
    QVERIFY(pane->detailTitleLabel()->text().startsWith(QStringLiteral("+6,000 points for ")));

    // The member's recent ledger next to the request, and what the balance would become.
    LedgerModel *ledger = pane->ledgerModel();
    QCOMPARE(ledger->memberId(), m_memberId);
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->isLoading() && ledger->rowCount() > 0, 10000);
    QVERIFY(pane->ledgerView()->isVisible());
    QCOMPARE(ledger->entryAt(0).balanceAfter, m_balanceBefore);
    QCOMPARE(pane->balanceLabel()->text(),
             QStringLiteral("Balance now: %1; after this adjustment: %2")
                 .arg(QLocale().toString(m_balanceBefore), QLocale().toString(m_balanceBefore + 6000)));

    // Approve asks first; "Cancel" sends nothing.
    QVERIFY(pane->approveButton()->isEnabled());
    Prompt::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(pane->approveButton(), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(statusOnServer(m_approvalId), Approval::Status::Pending);

    QSignalSpy decided(pane, &ApprovalsPane::decided);
    pane->commentEdit()->setText(QStringLiteral("checked the ticket"));
    Prompt::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(pane->approveButton(), Qt::LeftButton);
    QVERIFY(decided.wait(10000));
    QVERIFY(pane->decisionMessageLabel()->isVisible());
    QVERIFY2(pane->decisionMessageLabel()->text().startsWith(QStringLiteral("Approved: +6,000 points")),
             qPrintable(pane->decisionMessageLabel()->text()));
    // The row leaves the pending queue, the badge drops.
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowOfApproval(m_approvalId) < 0, 10000);
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(approvalsNavigationText(), QStringLiteral("Approvals"), 10000);
    QCOMPARE(m_window->approvalCounter()->count(), 0);
    // The detail keeps the decided request, whose history now starts with the entry.
    QCOMPARE(pane->shownApproval().status, Approval::Status::Approved);
    QVERIFY(!pane->approveButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(
        !ledger->isLoading() && ledger->rowCount() > 0 && ledger->entryAt(0).amount == 6000, 10000);

    // The server agrees: the +6,000 is on the member's ledger, posted by the approval.
    const HttpReply page =
        http(QStringLiteral("mia"))->get(QStringLiteral("/v1/members/%1/ledger?limit=5").arg(m_memberId));
    QCOMPARE(page.status, 200);
    const LedgerEntry top =
        LedgerEntry::fromJson(page.json.value(QStringLiteral("items")).toArray().at(0).toObject());
    QCOMPARE(top.amount, qint64(6000));
    QCOMPARE(top.kind, LedgerKind::Adjust);
    QCOMPARE(top.balanceAfter, m_balanceBefore + 6000);
    QCOMPARE(top.id, decided.first().first().value<Approval>().entryId);
    QCOMPARE(fetchMember(m_memberId).balance, m_balanceBefore + 6000);
    QCOMPARE(statusOnServer(m_approvalId), Approval::Status::Approved);
}

void tst_ApprovalsPane::rejectNeedsAComment()
{
    const qint64 approvalId = askForAdjustment(QStringLiteral("sue"), m_memberId, 7000, "reject-me");
    QVERIFY(approvalId != 0);
    const qint64 balance = fetchMember(m_memberId).balance;
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5); // the queue and the badge, read again
    QTRY_COMPARE_WITH_TIMEOUT(approvalsNavigationText(), QStringLiteral("Approvals (1)"), 10000);
    ApprovalsPane *pane = m_window->approvalsPane();
    selectRow(pane, approvalId);
    QVERIFY(pane->commentEdit()->text().isEmpty());
    QVERIFY(pane->rejectButton()->isEnabled());

    // No comment: refused next to the buttons, the comment field gets the focus, nothing is sent.
    QSignalSpy decided(pane, &ApprovalsPane::decided);
    QTest::mouseClick(pane->rejectButton(), Qt::LeftButton);
    QVERIFY(pane->decisionMessageLabel()->isVisible());
    QCOMPARE(pane->decisionMessageLabel()->text(), QStringLiteral("Say why the adjustment is rejected."));
    QTRY_VERIFY(pane->commentEdit()->hasFocus());
    QTest::qWait(300);
    QVERIFY(decided.isEmpty());
    QCOMPARE(statusOnServer(approvalId), Approval::Status::Pending);
    QCOMPARE(pane->listModel()->rowOfApproval(approvalId), 0);

    // With a reason it goes: nothing posted, the row leaves, the badge drops.
    QTest::keyClicks(pane->commentEdit(), QStringLiteral("no ticket for this"));
    QTest::mouseClick(pane->rejectButton(), Qt::LeftButton);
    QVERIFY(decided.wait(10000));
    QCOMPARE(pane->decisionMessageLabel()->text(),
             QStringLiteral("Rejected: nothing was posted to %1.")
                 .arg(ApprovalModel::memberText(pane->shownApproval())));
    QTRY_VERIFY_WITH_TIMEOUT(pane->listModel()->rowOfApproval(approvalId) < 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(approvalsNavigationText(), QStringLiteral("Approvals"), 10000);
    QCOMPARE(statusOnServer(approvalId), Approval::Status::Rejected);
    QCOMPARE(fetchMember(m_memberId).balance, balance);

    // The rejected list has it, with the comment.
    pane->statusCombo()->setCurrentIndex(pane->statusCombo()->findData(int(Approval::Status::Rejected)));
    Q_EMIT pane->statusCombo()->activated(pane->statusCombo()->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(
        !pane->listModel()->isLoading() && pane->listModel()->rowOfApproval(approvalId) >= 0, 10000);
    const Approval rejected = pane->listModel()->approvalAt(pane->listModel()->rowOfApproval(approvalId));
    QCOMPARE(rejected.comment, QStringLiteral("no ticket for this"));
    QCOMPARE(rejected.decidedBy, QStringLiteral("mia"));
    pane->statusCombo()->setCurrentIndex(pane->statusCombo()->findData(int(Approval::Status::Pending)));
    Q_EMIT pane->statusCombo()->activated(pane->statusCombo()->currentIndex());
}

void tst_ApprovalsPane::requesterCannotDecideOwn()
{
    const qint64 approvalId = askForAdjustment(QStringLiteral("max"), m_memberId, 8000, "max-asks");
    QVERIFY(approvalId != 0);
    auto services = signedIn(QStringLiteral("max"));
    QVERIFY(services);
    ApprovalsPane pane(*services);
    pane.setUser(services->session().user());
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selectRow(&pane, approvalId);
    QCOMPARE(pane.shownApproval().requestedById, services->session().user().id);
    QVERIFY(!pane.approveButton()->isEnabled());
    QVERIFY(!pane.rejectButton()->isEnabled());
    QCOMPARE(pane.approveButton()->toolTip(),
             QStringLiteral("You asked for this adjustment yourself: another manager has to decide it."));

    // Forced past the console's check, the server refuses, and says so next to the buttons.
    QSignalSpy decided(&pane, &ApprovalsPane::decided);
    pane.approveButton()->setEnabled(true);
    Prompt::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(pane.approveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pane.decisionMessageLabel()->isVisible() &&
                                 pane.decisionMessageLabel()->text() !=
                                     QStringLiteral("Sending the decision…"),
                             10000);
    QVERIFY(decided.isEmpty());
    QVERIFY(!pane.decisionMessageLabel()->text().isEmpty());
    QVERIFY(pane.decisionMessageLabel()->styleSheet().contains(QStringLiteral("#c0392b")));
    QCOMPARE(statusOnServer(approvalId), Approval::Status::Pending);
    QVERIFY(!pane.approveButton()->isEnabled()); // still not theirs to decide
    // Another manager's console counts it.
    m_window->refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(approvalsNavigationText(), QStringLiteral("Approvals (1)"), 10000);
}

void tst_ApprovalsPane::buttonsSayWhy_data()
{
    QTest::addColumn<Approval::Status>("status");
    QTest::addColumn<bool>("select");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("tooltip");
    QTest::addRow("nothing selected") << Approval::Status::Pending << false << false
                                      << QStringLiteral("Select an adjustment in the queue first.");
    QTest::addRow("pending, someone else's") << Approval::Status::Pending << true << true
                                             << QStringLiteral("Post the adjustment to the member's points");
    QTest::addRow("already approved") << Approval::Status::Approved << true << false
                                      << QStringLiteral("This adjustment is no longer pending (Approved).");
    QTest::addRow("already rejected") << Approval::Status::Rejected << true << false
                                      << QStringLiteral("This adjustment is no longer pending (Rejected).");
}

void tst_ApprovalsPane::buttonsSayWhy()
{
    QFETCH(Approval::Status, status);
    QFETCH(bool, select);
    QFETCH(bool, enabled);
    QFETCH(QString, tooltip);
    ApprovalsPane *pane = m_window->approvalsPane();
    QComboBox *combo = pane->statusCombo();
    combo->setCurrentIndex(combo->findData(int(status)));
    Q_EMIT combo->activated(combo->currentIndex());
    ApprovalModel *model = pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->status() == status && model->rowCount() > 0,
                             10000);
    if (select)
        selectRow(pane, model->approvalAt(0).id);
    QCOMPARE(pane->approveButton()->isEnabled(), enabled);
    QCOMPARE(pane->rejectButton()->isEnabled(), enabled);
    QCOMPARE(pane->approveButton()->toolTip(), tooltip);
}

void tst_ApprovalsPane::exportWritesTheList()
{
    // Ctrl+E on the Approvals pane exports the list it shows (here: the approved ones), without a modal.
    ApprovalsPane *pane = m_window->approvalsPane();
    QComboBox *combo = pane->statusCombo();
    combo->setCurrentIndex(combo->findData(int(Approval::Status::Approved)));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!pane->listModel()->isLoading() && pane->listModel()->rowCount() == 1, 10000);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("approved.csv"));
    ExportLine::setNextPath(path);
    QSignalSpy finished(pane->exporter(), &ApprovalExporter::finished);
    m_window->exportAction()->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(pane->exportLine()->messageLabel()->isVisible());
    QVERIFY(pane->exportLine()->messageLabel()->text().contains(QStringLiteral("approved.csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().mid(3).split('\n');
    QCOMPARE(lines.size(), 1 + 1 + 1); // header, the approval, the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith(
        "id,requested_at,member_no,member_name,amount,reason,note,requested_by,status"));
    QVERIFY(lines.at(1).contains(",6000,goodwill,ticket 4711,sue,approved,mia,"));
    QVERIFY(lines.at(1).contains(",checked the ticket,"));
}

void tst_ApprovalsPane::staleQueueSaysSoAndIsReadAgainWhenShown()
{
    ApprovalsPane *pane = m_window->approvalsPane();
    QComboBox *combo = pane->statusCombo();
    combo->setCurrentIndex(combo->findData(int(Approval::Status::Pending)));
    Q_EMIT combo->activated(combo->currentIndex());
    ApprovalModel *model = pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->status() == Approval::Status::Pending, 10000);
    const int shown = model->rowCount();
    QCOMPARE(m_window->approvalCounter()->count(), shown);

    // Someone asks meanwhile; the badge learns it first (here without waiting for the interval).
    QVERIFY(askForAdjustment(QStringLiteral("sue"), m_memberId, 5500, "stale-queue") != 0);
    m_window->approvalCounter()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->approvalCounter()->count(), shown + 1, 10000);
    QCOMPARE(approvalsNavigationText(), QStringLiteral("Approvals (%1)").arg(shown + 1));
    // The queue is not pulled away under the manager's eyes: the status line says what to do.
    QCOMPARE(model->rowCount(), shown);
    QCOMPARE(pane->statusLine()->text(),
             QStringLiteral("%1 adjustments wait on the server now; press F5 to read the queue again.")
                 .arg(shown + 1));
    // Coming back to the pane reads it again.
    QVERIFY(m_window->showPane(QStringLiteral("membersPane")));
    QVERIFY(m_window->showPane(QStringLiteral("approvalsPane")));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == shown + 1, 10000);
    QVERIFY(!pane->statusLine()->text().contains(QStringLiteral("F5")));
}

QTEST_MAIN(tst_ApprovalsPane)
#include "tst_approvalspane.moc"
