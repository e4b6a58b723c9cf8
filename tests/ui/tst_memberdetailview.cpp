// The member 360 view, offscreen against a real server. As support: the tier card, balances and tabs of a
// member; freeze with a reason (the badge says so, Adjust is disabled and says why), unfreeze from the
// keyboard; add a note (it is on top of the notes tab); set a manual tier with an end date (the tier card
// says by whom and why) and end it; filter the ledger by kind; the Blacklist action is not there at all.
// As a manager: blacklist a member with points after the confirmation (balance 0, a forfeit entry on top
// of the ledger), then lift it and read the server's sentence that nothing was restored.
#include "client/MemoryTokenStore.h"
#include "models/LedgerModel.h"
#include "models/MemberAuditModel.h"
#include "models/NoteModel.h"
#include "models/PendingModel.h"
#include "models/TierMetricText.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/AddNoteDialog.h"
#include "ui/BalanceStrip.h"
#include "ui/ConsoleServices.h"
#include "ui/EndManualTierDialog.h"
#include "ui/LedgerFilterBar.h"
#include "ui/MemberDetailView.h"
#include "ui/MemberStatusDialog.h"
#include "ui/Prompt.h"
#include "ui/StatusBadge.h"
#include "ui/TierCard.h"
#include "ui/TierOverrideDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <functional>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_MemberDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheWholeMember();
    void freezeWithReasonThenUnfreeze();
    void addNoteAppearsInNotesTab();
    void setManualTierThenEndIt();
    void filterLedgerByKind();
    void supportCannotBlacklist();
    void operatorOnlyReads();
    void managerBlacklistsThenLifts();

private:
    struct Console
    {
        std::unique_ptr<ConsoleServices> services;
        std::unique_ptr<MemberDetailView> view;
    };
    bool openConsole(Console &console, const QString &username);
    void showMember(MemberDetailView &view, qint64 memberId);
    // Runs `fill` on the modal dialog `trigger` opens, from the dialog's own event loop.
    template <typename Dialog>
    void inDialog(const std::function<void()> &trigger, const std::function<void(Dialog *)> &fill);
    static void typeText(QWidget *widget, const QString &text);
    static QString plain(const QString &mnemonicText)
    {
        return QString(mnemonicText).remove(QLatin1Char('&'));
    }

    TestServer m_server;
    QTemporaryDir m_home;
    Console m_support;
    Console m_manager;
    Console m_operator;
    Member m_member;     // support's member
    Member m_richMember; // the manager blacklists this one
};

void tst_MemberDetailView::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

template <typename Dialog>
void tst_MemberDetailView::inDialog(const std::function<void()> &trigger,
                                    const std::function<void(Dialog *)> &fill)
{
    // Polls for the dialog: a click opens it at once, a mnemonic a moment later (the button animates).
    bool reached = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        reached = true;
        fill(dialog);
        // A fill that failed halfway leaves the dialog open: close it so the test does not hang.
        if (dialog->isVisible() && QTest::currentTestFailed())
            dialog->reject();
    });
    poll.start();
    trigger();
    QTRY_VERIFY_WITH_TIMEOUT(reached, 5000);
}

bool tst_MemberDetailView::openConsole(Console &console, const QString &username)
{
    auto settings = std::make_unique<ConsoleSettings>(m_home.filePath(username + QStringLiteral(".ini")));
    settings->setCacheDirectory(m_home.filePath(username + QStringLiteral("-cache")));
    settings->setLanguage(QStringLiteral("en"));
    console.services =
        std::make_unique<ConsoleServices>(std::move(settings), std::make_unique<MemoryTokenStore>());
    console.services->language().apply(QStringLiteral("en"));
    if (!console.services->openCache())
        return false;
    QSignalSpy signedIn(&console.services->session(), &SessionManager::signedIn);
    console.services->session().signIn(m_server.baseUrl(), username,
                                       QString::fromLatin1(TestServer::kPassword), false);
    if (!signedIn.wait(30000))
        return false;
    console.view = std::make_unique<MemberDetailView>(*console.services);
    console.view->setUser(console.services->session().user());
    console.view->resize(720, 900);
    console.view->show();
    return QTest::qWaitForWindowExposed(console.view.get());
}

void tst_MemberDetailView::showMember(MemberDetailView &view, qint64 memberId)
{
    view.showMember(memberId);
    QTRY_VERIFY_WITH_TIMEOUT(view.member().id == memberId && !view.member().memberNo.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!view.ledgerModel()->isLoading() && view.ledgerModel()->rowCount() > 0, 10000);
}

void tst_MemberDetailView::initTestCase()
{
    QVERIFY(m_server.seedDemo(60));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("boss"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("ops"), QStringLiteral("operator")));
    QVERIFY(m_server.start());

    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const HttpReply page = http.get(QStringLiteral("/v1/members?limit=60"));
    QCOMPARE(page.status, 200);
    for (const QJsonValue &item : page.json.value(QStringLiteral("items")).toArray()) {
        const Member member = Member::fromJson(item.toObject());
        if (member.status != MemberStatus::Active || member.balance < 100)
            continue;
        if (m_member.id == 0)
            m_member = member;
        else if (m_richMember.id == 0)
            m_richMember = member;
    }
    QVERIFY(m_member.id != 0 && m_richMember.id != 0);
    QVERIFY(openConsole(m_support, QStringLiteral("agent")));
}

void tst_MemberDetailView::cleanupTestCase()
{
    m_support.view.reset();
    m_manager.view.reset();
    m_operator.view.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_support.services.reset();
    m_manager.services.reset();
    m_operator.services.reset();
}

void tst_MemberDetailView::showsTheWholeMember()
{
    MemberDetailView &view = *m_support.view;
    showMember(view, m_member.id);
    const Member shown = view.member();
    const QLocale locale;
    QCOMPARE(view.balanceLabel()->text(), locale.toString(shown.balance));
    QCOMPARE(view.balanceStrip()->pendingLabel()->text(), locale.toString(shown.pendingPoints));
    QCOMPARE(view.balanceStrip()->expiringLabel()->text(), locale.toString(shown.expiringPoints30d));
    QCOMPARE(view.balanceStrip()->lifetimeLabel()->text(), locale.toString(shown.lifetimePoints));
    QVERIFY(!view.statusBadge()->isVisible());

    TierCard *card = view.tierCard();
    QCOMPARE(card->nameLabel()->text(), shown.tier.name.text(locale.name()));
    QVERIFY(!card->manualLabel()->isVisible());
    if (shown.tierProgress.nextTier) {
        QVERIFY(card->nextBar()->isVisible());
        const QString next = shown.tierProgress.nextTier->name.text(locale.name());
        QVERIFY2(card->nextLabel()->text().contains(next), qPrintable(card->nextLabel()->text()));
        // The goal in its metric's terms: money in yuan, counts as counts.
        const TierProgress::Goal &goal = shown.tierProgress.toNext;
        TierMetric metric;
        const bool money = tierMetricFromString(goal.metric, &metric) && TierMetricText::isMoney(metric);
        if (goal.remaining() > 0)
            QVERIFY2(card->nextLabel()->text().contains(money ? TierMetricText::yuanText(goal.remaining())
                                                              : locale.toString(goal.remaining())),
                     qPrintable(card->nextLabel()->text()));
        QVERIFY2(card->nextBar()->format().contains(TierMetricText::valueText(goal.metric, goal.target)),
                 qPrintable(card->nextBar()->format()));
    } else {
        QVERIFY(!card->nextBar()->isVisible());
    }
    QCOMPARE(card->retainBar()->isVisible(), shown.tierProgress.retainApplies);

    // Support may freeze, set tiers and add notes; the buttons are there and enabled.
    for (QPushButton *button :
         {view.freezeButton(), view.setTierButton(), view.addNoteButton(), view.adjustButton()})
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    QVERIFY(!view.endTierButton()->isVisible()); // no manual tier

    // Every tab loads when it is shown.
    view.tabs()->setCurrentIndex(MemberDetailView::PendingTab);
    QTRY_VERIFY_WITH_TIMEOUT(
        view.pendingModel()->memberId() == m_member.id && !view.pendingModel()->isLoading(), 10000);
    QVERIFY(view.pendingModel()->lastError().isEmpty());
    view.tabs()->setCurrentIndex(MemberDetailView::AuditTab);
    QTRY_VERIFY_WITH_TIMEOUT(view.auditModel()->memberId() == m_member.id && !view.auditModel()->isLoading(),
                             10000);
    QVERIFY2(view.auditModel()->lastError().isEmpty(), qPrintable(view.auditModel()->lastError()));
    view.tabs()->setCurrentIndex(MemberDetailView::LedgerTab);
}

void tst_MemberDetailView::freezeWithReasonThenUnfreeze()
{
    MemberDetailView &view = *m_support.view;
    showMember(view, m_member.id);
    QCOMPARE(plain(view.freezeButton()->text()), QStringLiteral("Freeze…"));
    QString inlineError;
    inDialog<MemberStatusDialog>([&] { QTest::mouseClick(view.freezeButton(), Qt::LeftButton); },
                                 [&](MemberStatusDialog *dialog) {
                                     QCOMPARE(dialog->change(), MemberStatusDialog::Change::Freeze);
                                     dialog->submit(); // no reason yet
                                     inlineError = dialog->errorLabel()->text();
                                     QVERIFY(dialog->isVisible());
                                     dialog->reasonEdit()->setFocus();
                                     typeText(dialog->reasonEdit(), QStringLiteral("疑似盗号"));
                                     QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
                                 });
    QCOMPARE(inlineError, QStringLiteral("Say why the member's status changes."));

    QTRY_COMPARE_WITH_TIMEOUT(view.member().status, MemberStatus::Frozen, 10000);
    QVERIFY(view.statusBadge()->isVisible());
    QVERIFY2(view.statusBadge()->text().contains(QStringLiteral("Frozen")),
             qPrintable(view.statusBadge()->text()));
    QVERIFY(view.statusBadge()->text().contains(QStringLiteral("疑似盗号")));
    QCOMPARE(view.member().statusReason, QStringLiteral("疑似盗号"));
    QVERIFY(!view.adjustButton()->isEnabled());
    QVERIFY2(view.adjustButton()->toolTip().contains(QStringLiteral("frozen")),
             qPrintable(view.adjustButton()->toolTip()));
    QCOMPARE(plain(view.freezeButton()->text()), QStringLiteral("Unfreeze…"));
    QVERIFY(view.freezeButton()->isEnabled());

    // Unfreeze from the keyboard: the button's mnemonic.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    inDialog<MemberStatusDialog>([&] { QTest::keyClick(&view, Qt::Key_Z, Qt::AltModifier); },
                                 [&](MemberStatusDialog *dialog) {
                                     QCOMPARE(dialog->change(), MemberStatusDialog::Change::Unfreeze);
                                     QTest::keyClicks(dialog->reasonEdit(),
                                                      QStringLiteral("verified by phone"));
                                     QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
                                 });
    QTRY_COMPARE_WITH_TIMEOUT(view.member().status, MemberStatus::Active, 10000);
    QVERIFY(!view.statusBadge()->isVisible());
    QVERIFY(view.adjustButton()->isEnabled());
    QCOMPARE(plain(view.freezeButton()->text()), QStringLiteral("Freeze…"));
}

void tst_MemberDetailView::addNoteAppearsInNotesTab()
{
    MemberDetailView &view = *m_support.view;
    showMember(view, m_member.id);
    inDialog<AddNoteDialog>([&] { QTest::mouseClick(view.addNoteButton(), Qt::LeftButton); },
                            [&](AddNoteDialog *dialog) {
                                dialog->submit(); // empty: said inline, nothing sent
                                QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Write the note."));
                                dialog->textEdit()->setFocus();
                                typeText(dialog->textEdit(), QStringLiteral("客户要求下次来电先核实生日"));
                                QVERIFY(dialog->counterLabel()->text().contains(QStringLiteral("1,987")));
                                QTest::keyClick(dialog->textEdit(), Qt::Key_Return, Qt::ControlModifier);
                            });
    QCOMPARE(view.tabs()->currentIndex(), int(MemberDetailView::NotesTab));
    NoteModel *notes = view.noteModel();
    QTRY_VERIFY_WITH_TIMEOUT(!notes->isLoading() && notes->rowCount() > 0 &&
                                 notes->noteAt(0).text == QStringLiteral("客户要求下次来电先核实生日"),
                             10000);
    QCOMPARE(notes->noteAt(0).author, QStringLiteral("agent"));
    view.tabs()->setCurrentIndex(MemberDetailView::LedgerTab);
}

void tst_MemberDetailView::setManualTierThenEndIt()
{
    MemberDetailView &view = *m_support.view;
    showMember(view, m_member.id);
    const QDate until = QDate::currentDate().addDays(60);
    QString pastError;
    QString chosenTier;
    inDialog<TierOverrideDialog>([&] { QTest::mouseClick(view.setTierButton(), Qt::LeftButton); },
                                 [&](TierOverrideDialog *dialog) {
                                     QTRY_VERIFY_WITH_TIMEOUT(dialog->tiersLoaded(), 10000);
                                     QVERIFY(dialog->tierBox()->count() >= 3); // "choose" and the ladder
                                     dialog->tierBox()->setCurrentIndex(dialog->tierBox()->count() - 1);
                                     chosenTier = dialog->tierBox()->currentText();
                                     dialog->reasonEdit()->setFocus();
                                     typeText(dialog->reasonEdit(), QStringLiteral("大客户试用"));
                                     // Today has begun already: refused inline before anything is sent.
                                     dialog->untilEdit()->setDate(QDate::currentDate());
                                     dialog->submit();
                                     pastError = dialog->errorLabel()->text();
                                     QVERIFY(dialog->untilEdit()->hasFocus());
                                     dialog->untilEdit()->setDate(until);
                                     dialog->submit();
                                 });
    QCOMPARE(pastError, QStringLiteral("The end date must lie in the future."));
    QTRY_VERIFY_WITH_TIMEOUT(view.member().manualTier.has_value(), 10000);
    TierCard *card = view.tierCard();
    QCOMPARE(card->nameLabel()->text(), chosenTier);
    QVERIFY(card->manualLabel()->isVisible());
    const QString manual = card->manualLabel()->text();
    QVERIFY2(manual.contains(QStringLiteral("大客户试用")) && manual.contains(QStringLiteral("agent")) &&
                 manual.contains(QLocale().toString(until, QLocale::ShortFormat)),
             qPrintable(manual));
    QVERIFY(view.endTierButton()->isVisible() && view.endTierButton()->isEnabled());

    inDialog<EndManualTierDialog>([&] { QTest::mouseClick(view.endTierButton(), Qt::LeftButton); },
                                  [&](EndManualTierDialog *dialog) {
                                      QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("trial over"));
                                      QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
                                  });
    QTRY_VERIFY_WITH_TIMEOUT(!view.member().manualTier.has_value(), 10000);
    QVERIFY(!card->manualLabel()->isVisible());
    QVERIFY(!view.endTierButton()->isVisible());
}

void tst_MemberDetailView::filterLedgerByKind()
{
    MemberDetailView &view = *m_support.view;
    showMember(view, m_member.id);
    LedgerModel *ledger = view.ledgerModel();
    const int all = ledger->rowCount();
    QComboBox *kinds = view.ledgerFilterBar()->kindCombo();
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("earn")));
    QCOMPARE(kinds->currentText(), QStringLiteral("Earned"));
    QTRY_VERIFY_WITH_TIMEOUT(
        ledger->filter().kinds == QList<LedgerKind>{LedgerKind::Earn} && !ledger->isLoading(), 10000);
    QVERIFY(ledger->rowCount() > 0);
    for (int row = 0; row < ledger->rowCount(); ++row)
        QCOMPARE(ledger->entryAt(row).kind, LedgerKind::Earn);

    // A range that ends before it starts is refused inline and changes nothing.
    view.ledgerFilterBar()->fromEdit()->setDate(QDate::currentDate());
    view.ledgerFilterBar()->toEdit()->setDate(QDate::currentDate().addDays(-3));
    QTRY_VERIFY(view.ledgerFilterBar()->messageLabel()->isVisible());
    QVERIFY(!ledger->filter().from.isValid());

    // Show all again, then narrow from the context menu to the selected entry's kind.
    view.ledgerFilterBar()->reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        ledger->filter().isEmpty() && !ledger->isLoading() && ledger->rowCount() >= qMin(all, 100), 10000);
    QVERIFY(!view.ledgerFilterBar()->messageLabel()->isVisible());
    int adjustRow = -1;
    for (int row = 0; row < ledger->rowCount() && adjustRow < 0; ++row) {
        if (ledger->entryAt(row).kind != LedgerKind::Earn)
            adjustRow = row;
    }
    QVERIFY(adjustRow >= 0);
    const LedgerKind kind = ledger->entryAt(adjustRow).kind;
    view.ledgerView()->setCurrentIndex(ledger->index(adjustRow, 0));
    QVERIFY(view.onlyThisKindAction()->isEnabled());
    view.onlyThisKindAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(ledger->filter().kinds == QList<LedgerKind>{kind} && !ledger->isLoading(),
                             10000);
    for (int row = 0; row < ledger->rowCount(); ++row)
        QCOMPARE(ledger->entryAt(row).kind, kind);
    view.ledgerFilterBar()->reset();
    QTRY_VERIFY_WITH_TIMEOUT(ledger->filter().isEmpty() && !ledger->isLoading(), 10000);
}

void tst_MemberDetailView::supportCannotBlacklist()
{
    MemberDetailView &view = *m_support.view;
    showMember(view, m_member.id);
    QVERIFY(!view.blacklistButton()->isVisibleTo(&view));
    view.blacklistOrLift(); // nothing happens: no dialog
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_MemberDetailView::operatorOnlyReads()
{
    QVERIFY(openConsole(m_operator, QStringLiteral("ops")));
    MemberDetailView &view = *m_operator.view;
    showMember(view, m_member.id);
    // Member actions the role may never take are not there; adjusting says why it is not allowed.
    for (QPushButton *button : {view.freezeButton(), view.blacklistButton(), view.setTierButton(),
                                view.endTierButton(), view.addNoteButton()})
        QVERIFY2(!button->isVisibleTo(&view), qPrintable(button->objectName()));
    QVERIFY(!view.adjustButton()->isEnabled());
    QVERIFY(view.adjustButton()->toolTip().contains(QStringLiteral("may not")));
    // The audit trail names staff: no tab for a role without members.audit, and nothing is asked.
    QVERIFY(!view.tabs()->isTabVisible(MemberDetailView::AuditTab));
    QCOMPARE(view.auditModel()->memberId(), 0);
    // The other tabs read as for everyone.
    view.tabs()->setCurrentIndex(MemberDetailView::NotesTab);
    QTRY_VERIFY_WITH_TIMEOUT(view.noteModel()->memberId() == m_member.id && !view.noteModel()->isLoading(),
                             10000);
    QVERIFY(view.noteModel()->lastError().isEmpty());
    QVERIFY(view.noteModel()->rowCount() > 0); // the note support left earlier
}

void tst_MemberDetailView::managerBlacklistsThenLifts()
{
    QVERIFY(openConsole(m_manager, QStringLiteral("boss")));
    MemberDetailView &view = *m_manager.view;
    showMember(view, m_richMember.id);
    const qint64 balance = view.member().balance;
    QVERIFY(balance > 0);
    QVERIFY(view.blacklistButton()->isVisible() && view.blacklistButton()->isEnabled());
    QCOMPARE(plain(view.blacklistButton()->text()), QStringLiteral("Blacklist…"));

    QByteArray key;
    inDialog<MemberStatusDialog>([&] { QTest::mouseClick(view.blacklistButton(), Qt::LeftButton); },
                                 [&](MemberStatusDialog *dialog) {
                                     QCOMPARE(dialog->change(), MemberStatusDialog::Change::Blacklist);
                                     // The dialog names what is lost.
                                     QVERIFY2(
                                         dialog->introLabel()->text().contains(QLocale().toString(balance)),
                                         qPrintable(dialog->introLabel()->text()));
                                     key = dialog->idempotencyKey();
                                     dialog->reasonEdit()->setFocus();
                                     typeText(dialog->reasonEdit(), QStringLiteral("批量注册刷积分"));
                                     // The second question answered No: nothing is sent, the dialog stays.
                                     Prompt::setNextAnswer(QMessageBox::No);
                                     QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
                                     QVERIFY(dialog->isVisible());
                                     QCOMPARE(dialog->idempotencyKey(), key);
                                     Prompt::setNextAnswer(QMessageBox::Yes);
                                     QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
                                 });
    QVERIFY(!key.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(view.member().status, MemberStatus::Blacklisted, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view.balanceLabel()->text(), QStringLiteral("0"), 10000);
    QVERIFY(view.statusBadge()->isVisible());
    QVERIFY(view.statusBadge()->text().contains(QStringLiteral("Blacklisted")));
    QVERIFY(view.statusBadge()->text().contains(QStringLiteral("批量注册刷积分")));
    QVERIFY2(view.messageLabel()->text().contains(QLocale().toString(balance)),
             qPrintable(view.messageLabel()->text()));
    LedgerModel *ledger = view.ledgerModel();
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->isLoading() && ledger->rowCount() > 0 &&
                                 ledger->entryAt(0).kind == LedgerKind::Forfeit,
                             10000);
    QCOMPARE(ledger->entryAt(0).amount, -balance);
    QCOMPARE(ledger->entryAt(0).balanceAfter, 0);
    QCOMPARE(ledger->data(ledger->index(0, LedgerModel::KindColumn)).toString(), QStringLiteral("Forfeited"));
    // Nothing moves points now, freezing does not apply, and the buttons say why.
    QVERIFY(!view.adjustButton()->isEnabled());
    QVERIFY(view.adjustButton()->toolTip().contains(QStringLiteral("blacklisted")));
    QVERIFY(!view.freezeButton()->isEnabled());
    QVERIFY(view.freezeButton()->toolTip().contains(QStringLiteral("lift the blacklist")));
    QVERIFY(!view.setTierButton()->isEnabled());
    QVERIFY(view.setTierButton()->toolTip().contains(QStringLiteral("lift the blacklist")));
    QCOMPARE(plain(view.blacklistButton()->text()), QStringLiteral("Lift blacklist…"));

    inDialog<MemberStatusDialog>([&] { QTest::mouseClick(view.blacklistButton(), Qt::LeftButton); },
                                 [&](MemberStatusDialog *dialog) {
                                     QCOMPARE(dialog->change(), MemberStatusDialog::Change::LiftBlacklist);
                                     QTest::keyClicks(dialog->reasonEdit(),
                                                      QStringLiteral("appeal accepted"));
                                     QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
                                 });
    QTRY_COMPARE_WITH_TIMEOUT(view.member().status, MemberStatus::Active, 10000);
    QVERIFY(view.messageLabel()->isVisible());
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("restored")),
             qPrintable(view.messageLabel()->text()));
    QCOMPARE(view.balanceLabel()->text(), QStringLiteral("0")); // nothing came back
    QVERIFY(!view.statusBadge()->isVisible());
    QVERIFY(view.freezeButton()->isEnabled());
}

QTEST_MAIN(tst_MemberDetailView)
#include "tst_memberdetailview.moc"
