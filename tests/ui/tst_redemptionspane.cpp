// The Redemptions pane through its widgets against a real server, signed in as support: the queue
// filtered by status (and by member number) lists the right redemptions; a placed parcel is shipped
// through the Ship dialog (an invalid tracking number is refused next to its field first), and its row
// and timeline say shipped; a damaged parcel gets a case that is resolved with a refund, and the member's
// balance on the server goes back up by the redemption's points; a placed one is cancelled with a reason
// after the confirmation; "Open member" shows the member's 360 view in the Members pane; and an operator
// (mall.read without redemptions.handle) sees the queue read-only.
#include "core/MallItem.h"
#include "core/Member.h"
#include "models/RedemptionModel.h"
#include "models/RedemptionTimelineModel.h"
#include "support/TestConsole.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/CancelRedemptionDialog.h"
#include "ui/CaseDialog.h"
#include "ui/ConsoleServices.h"
#include "ui/MainWindow.h"
#include "ui/MemberDetailView.h"
#include "ui/MembersPane.h"
#include "ui/Prompt.h"
#include "ui/RedemptionsPane.h"
#include "ui/ResolveCaseDialog.h"
#include "ui/ShipDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// A failed check inside a modal's lambda returns early: the dialog is closed then, so the test fails
// instead of waiting on the modal forever.
struct CloseOnExit
{
    QPointer<QDialog> dialog;
    ~CloseOnExit()
    {
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
};

class tst_RedemptionsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void queueFilteredByStatus_data();
    void queueFilteredByStatus();
    void queueFilteredByMemberNumber();
    void shipThroughTheDialog();
    void damagedCaseRefunded();
    void cancelWithReason();
    void openMemberShowsTheMember();
    void operatorSeesReadOnly();

private:
    std::unique_ptr<TestHttp> http(const QString &user);
    qint64 createItem(const QString &name, ItemCategory category, qint64 points, int stock);
    qint64 redeem(qint64 memberId, qint64 itemId, const QByteArray &key);
    QJsonObject redemptionOnServer(qint64 id);
    qint64 balanceOnServer(qint64 memberId);
    void waitQueue(RedemptionsPane *pane);
    void showStatus(RedemptionsPane *pane, RedemptionStatus status);
    QList<qint64> shownIds(RedemptionsPane *pane);
    void selectRedemption(RedemptionsPane *pane, qint64 id);
    void waitDetail(RedemptionsPane *pane, qint64 id);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_support;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_gift = 0;
    qint64 m_coupon = 0;
    qint64 m_toShip = 0;   // member 2, gift, placed: shipped through the dialog
    qint64 m_damaged = 0;  // member 2, gift, shipped over HTTP: a case, refunded
    qint64 m_toCancel = 0; // member 3, gift, placed: cancelled
    qint64 m_coded = 0;    // member 3, coupon, fulfilled over HTTP
};

std::unique_ptr<TestHttp> tst_RedemptionsPane::http(const QString &user)
{
    auto http = std::make_unique<TestHttp>(m_server.baseUrl());
    http->login(user, QString::fromLatin1(TestServer::kPassword));
    return http;
}

qint64 tst_RedemptionsPane::createItem(const QString &name, ItemCategory category, qint64 points, int stock)
{
    MallItem item;
    item.name = name;
    item.description = name;
    item.category = category;
    item.pointsPrice = points;
    item.status = MallItem::Status::On;
    QJsonObject body = item.toJson();
    for (const char *serverOwned : {"id", "stock", "version", "image", "lowStock", "priceBand", "onShelf"})
        body.remove(QLatin1String(serverOwned));
    body.insert(QStringLiteral("initialStock"), stock);
    const HttpReply reply = http(QStringLiteral("olga"))->post(QStringLiteral("/v1/items"), body);
    if (reply.status != 201)
        qWarning() << "POST /v1/items answered" << reply.status << reply.body;
    return reply.json.value(QStringLiteral("id")).toInteger();
}

qint64 tst_RedemptionsPane::redeem(qint64 memberId, qint64 itemId, const QByteArray &key)
{
    const HttpReply reply = http(QStringLiteral("sue"))
                                ->post(QStringLiteral("/v1/redemptions"),
                                       {{QStringLiteral("memberId"), memberId},
                                        {QStringLiteral("itemId"), itemId},
                                        {QStringLiteral("quantity"), 1}},
                                       key);
    if (reply.status != 201)
        qWarning() << "POST /v1/redemptions answered" << reply.status << reply.body;
    return reply.json.value(QStringLiteral("id")).toInteger();
}

QJsonObject tst_RedemptionsPane::redemptionOnServer(qint64 id)
{
    return http(QStringLiteral("sue"))->get(QStringLiteral("/v1/redemptions/%1").arg(id)).json;
}

qint64 tst_RedemptionsPane::balanceOnServer(qint64 memberId)
{
    return Member::fromJson(
               http(QStringLiteral("sue"))->get(QStringLiteral("/v1/members/%1").arg(memberId)).json)
        .balance;
}

void tst_RedemptionsPane::initTestCase()
{
    QVERIFY(m_server.seedDemo(8));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_gift = createItem(QStringLiteral("保温杯"), ItemCategory::PhysicalGift, 300, 20);
    m_coupon = createItem(QStringLiteral("咖啡券"), ItemCategory::Coupon, 200, 20);
    QVERIFY(m_gift != 0 && m_coupon != 0);
    // Enough points for what the test redeems, whatever the demo gave them.
    for (qint64 memberId : {2, 3}) {
        const HttpReply topUp = http(QStringLiteral("sue"))
                                    ->post(QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
                                           {{QStringLiteral("amount"), 2000},
                                            {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                                           QByteArray("top-up-") + QByteArray::number(memberId));
        QCOMPARE(topUp.status, 201);
    }
    m_toShip = redeem(2, m_gift, "r-ship");
    m_damaged = redeem(2, m_gift, "r-damaged");
    m_toCancel = redeem(3, m_gift, "r-cancel");
    m_coded = redeem(3, m_coupon, "r-coded");
    QVERIFY(m_toShip && m_damaged && m_toCancel && m_coded);
    const std::unique_ptr<TestHttp> sue = http(QStringLiteral("sue"));
    QCOMPARE(sue->post(QStringLiteral("/v1/redemptions/%1/ship").arg(m_damaged),
                       {{QStringLiteral("carrier"), QStringLiteral("中通快递")},
                        {QStringLiteral("trackingNumber"), QStringLiteral("ZT-20261124")}},
                       "ship-damaged")
                 .status,
             200);
    QCOMPARE(sue->post(QStringLiteral("/v1/redemptions/%1/fulfil").arg(m_coded), {}, "fulfil-coded").status,
             200);

    m_support = test::makeConsoleServices(m_home.path(), QStringLiteral("sue"));
    QVERIFY(test::signInConsole(*m_support, m_server.baseUrl(), QStringLiteral("sue")));
    m_support->language().apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(*m_support);
    m_window->setUser(m_support->session().user());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The last pane in the navigation, for everyone who reads the mall.
    QCOMPARE(m_window->visiblePanes().constLast(), QStringLiteral("redemptionsPane"));
    QVERIFY(m_window->showPane(QStringLiteral("redemptionsPane")));
    waitQueue(m_window->redemptionsPane());
}

void tst_RedemptionsPane::cleanupTestCase()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_support.reset();
}

void tst_RedemptionsPane::waitQueue(RedemptionsPane *pane)
{
    QTRY_VERIFY_WITH_TIMEOUT(!pane->listModel()->isLoading(), 10000);
    while (pane->listModel()->canFetchMore({})) {
        pane->listModel()->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!pane->listModel()->isLoading(), 10000);
    }
    QVERIFY2(pane->listModel()->lastError().isEmpty(), qPrintable(pane->listModel()->lastError()));
}

void tst_RedemptionsPane::showStatus(RedemptionsPane *pane, RedemptionStatus status)
{
    QComboBox *combo = pane->statusFilter();
    combo->setCurrentIndex(combo->findData(int(status)));
    Q_EMIT combo->activated(combo->currentIndex()); // as a click on the entry does
    waitQueue(pane);
}

QList<qint64> tst_RedemptionsPane::shownIds(RedemptionsPane *pane)
{
    // The demo data has redemptions of its own: only this test's are compared.
    const QList<qint64> own{m_toShip, m_damaged, m_toCancel, m_coded};
    QList<qint64> ids;
    for (int row = 0; row < pane->listModel()->rowCount(); ++row) {
        const qint64 id = pane->listModel()->redemptionAt(row).id();
        if (own.contains(id))
            ids.append(id);
    }
    return ids;
}

void tst_RedemptionsPane::init()
{
    // Every test starts from the whole queue: no member, no item, no dates.
    if (!m_window)
        return;
    RedemptionsPane *pane = m_window->redemptionsPane();
    pane->dateFilter()->setChecked(false);
    pane->itemFilter()->setCurrentIndex(0);
    pane->memberFilter()->setText(QStringLiteral("x"));
    pane->memberFilter()->clear(); // applies the filter
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->listModel()->filter().memberId == 0 && pane->listModel()->filter().itemId == 0, 10000);
}

void tst_RedemptionsPane::selectRedemption(RedemptionsPane *pane, qint64 id)
{
    RedemptionModel *model = pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowOfRedemption(id) >= 0, 10000);
    QTableView *list = pane->listView();
    const QModelIndex cell = model->index(model->rowOfRedemption(id), RedemptionModel::ItemColumn);
    list->scrollTo(cell);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(cell).center());
    waitDetail(pane, id);
}

void tst_RedemptionsPane::waitDetail(RedemptionsPane *pane, qint64 id)
{
    QTRY_VERIFY_WITH_TIMEOUT(pane->shownRedemption().id() == id && pane->shownRedemption().hasDetail(),
                             10000);
}

void tst_RedemptionsPane::queueFilteredByStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("which"); // the redemptions expected, newest first
    QTest::addRow("placed") << int(RedemptionStatus::Placed) << QStringLiteral("cancel,ship");
    QTest::addRow("shipped") << int(RedemptionStatus::Shipped) << QStringLiteral("damaged");
    QTest::addRow("fulfilled") << int(RedemptionStatus::Fulfilled) << QStringLiteral("coded");
    QTest::addRow("completed") << int(RedemptionStatus::Completed) << QString();
}

void tst_RedemptionsPane::queueFilteredByStatus()
{
    QFETCH(int, status);
    QFETCH(QString, which);
    const QHash<QString, qint64> ids{{QStringLiteral("ship"), m_toShip},
                                     {QStringLiteral("damaged"), m_damaged},
                                     {QStringLiteral("cancel"), m_toCancel},
                                     {QStringLiteral("coded"), m_coded}};
    QList<qint64> expected;
    for (const QString &name : which.split(QLatin1Char(','), Qt::SkipEmptyParts))
        expected.append(ids.value(name));
    RedemptionsPane *pane = m_window->redemptionsPane();
    showStatus(pane, RedemptionStatus(status));
    QCOMPARE(shownIds(pane), expected);
    for (int row = 0; row < pane->listModel()->rowCount(); ++row)
        QCOMPARE(
            pane->listModel()->data(pane->listModel()->index(row, RedemptionModel::StatusColumn)).toString(),
            RedemptionModel::statusText(RedemptionStatus(status)));
    if (pane->listModel()->rowCount() == 0)
        QCOMPARE(pane->statusLine()->text(), QStringLiteral("No redemption matches this filter."));
    else
        QVERIFY2(pane->statusLine()->text().startsWith(QLocale().toString(pane->listModel()->rowCount())),
                 qPrintable(pane->statusLine()->text()));
}

void tst_RedemptionsPane::queueFilteredByMemberNumber()
{
    RedemptionsPane *pane = m_window->redemptionsPane();
    QComboBox *status = pane->statusFilter();
    status->setCurrentIndex(0); // all
    const QString memberNo =
        Member::fromJson(http(QStringLiteral("sue"))->get(QStringLiteral("/v1/members/3")).json).memberNo;
    QVERIFY(!memberNo.isEmpty());
    pane->memberFilter()->setText(memberNo);
    QTest::keyClick(pane->memberFilter(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(pane->listModel()->filter().memberId, qint64(3), 10000);
    waitQueue(pane);
    QCOMPARE(shownIds(pane), QList<qint64>({m_coded, m_toCancel}));
    for (int row = 0; row < pane->listModel()->rowCount(); ++row) {
        QCOMPARE(pane->listModel()->redemptionAt(row).redemption.memberId, qint64(3));
        QVERIFY(pane->listModel()
                    ->data(pane->listModel()->index(row, RedemptionModel::MemberColumn))
                    .toString()
                    .startsWith(memberNo));
    }
    // An item typed by id narrows it further.
    pane->itemFilter()->setEditText(QString::number(m_coupon));
    QTest::keyClick(pane->itemFilter()->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(pane->listModel()->filter().itemId, m_coupon, 10000);
    waitQueue(pane);
    QCOMPARE(shownIds(pane), QList<qint64>({m_coded}));
    QCOMPARE(pane->listModel()->rowCount(), 1); // nobody else redeemed the test's own coupon
    // Something that is no member is said under the bar; the queue stays.
    pane->memberFilter()->setText(QStringLiteral("nobody-here"));
    QTest::keyClick(pane->memberFilter(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(pane->filterError()->isVisible(), 10000);
    QVERIFY2(pane->filterError()->text().contains(QStringLiteral("nobody-here")),
             qPrintable(pane->filterError()->text()));
    QCOMPARE(shownIds(pane), QList<qint64>({m_coded}));
    // Cleared again: everything.
    pane->itemFilter()->setCurrentIndex(0);
    pane->memberFilter()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(pane->listModel()->filter() == RedemptionsJob::Filter{}, 10000);
    waitQueue(pane);
    QVERIFY(!pane->filterError()->isVisible());
    QCOMPARE(shownIds(pane), QList<qint64>({m_coded, m_toCancel, m_damaged, m_toShip}));
}

void tst_RedemptionsPane::shipThroughTheDialog()
{
    RedemptionsPane *pane = m_window->redemptionsPane();
    showStatus(pane, RedemptionStatus::Placed);
    selectRedemption(pane, m_toShip);
    QVERIFY(pane->shipButton()->isVisible());
    QVERIFY(pane->shipButton()->isEnabled());
    QVERIFY(pane->cancelButton()->isVisible());
    QVERIFY(!pane->fulfilButton()->isVisible());   // a parcel is shipped, not fulfilled
    QVERIFY(!pane->openCaseButton()->isVisible()); // nothing delivered yet
    QCOMPARE(pane->timelineModel()->rowCount(), 1);
    QCOMPARE(pane->timelineModel()->eventAt(0).kind, QStringLiteral("placed"));

    bool driven = false;
    QString inlineError;
    bool stayedOpen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ShipDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const CloseOnExit closer{dialog};
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->carrierBox()->setEditText(QStringLiteral("顺丰速运"));
        QTest::keyClicks(dialog->trackingEdit(), QStringLiteral("SF 12"));
        QTest::mouseClick(ok, Qt::LeftButton);
        // Refused next to the field by ShipmentRequest's rule; nothing is sent.
        QVERIFY(dialog->trackingError()->isVisible());
        inlineError = dialog->trackingError()->text();
        QVERIFY(!dialog->carrierError()->isVisible());
        stayedOpen = dialog->isVisible();
        dialog->trackingEdit()->clear();
        QTest::keyClicks(dialog->trackingEdit(), QStringLiteral("SF1234567890"));
        QVERIFY(!dialog->trackingError()->isVisible()); // editing the field takes its error away
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QCOMPARE(dialog->result().redemption.status, RedemptionStatus::Shipped);
        driven = true;
    });
    QTest::mouseClick(pane->shipButton(), Qt::LeftButton);
    QVERIFY(driven);
    QVERIFY(stayedOpen);
    QCOMPARE(inlineError, QStringLiteral("A tracking number is 6 to 40 letters, digits or dashes."));

    // The row says shipped at once; the timeline, read again, ends with the shipment.
    RedemptionModel *model = pane->listModel();
    QCOMPARE(
        model->data(model->index(model->rowOfRedemption(m_toShip), RedemptionModel::StatusColumn)).toString(),
        QStringLiteral("Shipped"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->timelineModel()->rowCount() == 2, 10000);
    const QString shipped =
        pane->timelineModel()->index(1, RedemptionTimelineModel::WhatColumn).data().toString();
    QVERIFY2(shipped.contains(QStringLiteral("SF1234567890")), qPrintable(shipped));
    QCOMPARE(pane->timelineModel()->index(1, RedemptionTimelineModel::WhoColumn).data().toString(),
             QStringLiteral("sue"));
    QVERIFY2(pane->actionMessageLabel()->text().contains(QStringLiteral("shipped")),
             qPrintable(pane->actionMessageLabel()->text()));
    QVERIFY(!pane->shipButton()->isVisible());
    QVERIFY(pane->openCaseButton()->isVisible());
    // The server agrees.
    const QJsonObject onServer = redemptionOnServer(m_toShip);
    QCOMPARE(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    QCOMPARE(onServer.value(QStringLiteral("trackingNumber")).toString(), QStringLiteral("SF1234567890"));
    QCOMPARE(onServer.value(QStringLiteral("carrier")).toString(), QStringLiteral("顺丰速运"));
}

void tst_RedemptionsPane::damagedCaseRefunded()
{
    RedemptionsPane *pane = m_window->redemptionsPane();
    showStatus(pane, RedemptionStatus::Shipped);
    selectRedemption(pane, m_damaged);
    const qint64 points = pane->shownRedemption().redemption.points;
    QVERIFY(points > 0);
    const qint64 balanceBefore = balanceOnServer(2);
    QVERIFY(pane->openCaseButton()->isEnabled());
    QVERIFY(!pane->resolveCaseButton()->isVisible());

    // Open a case: a parcel may be damaged; the description is required.
    bool opened = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CaseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const CloseOnExit closer{dialog};
        QCOMPARE(dialog->kindBox()->count(), 4); // every kind fits a parcel
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(CaseKind::Damaged)));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->descriptionError()->isVisible());
        QCOMPARE(dialog->descriptionError()->text(), QStringLiteral("Describe what went wrong."));
        dialog->descriptionEdit()->setPlainText(
            QStringLiteral("杯盖碎了，有照片")); // keyClicks types ASCII only
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QVERIFY(dialog->openedCase().id != 0);
        opened = true;
    });
    QTest::mouseClick(pane->openCaseButton(), Qt::LeftButton);
    QVERIFY(opened);
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->shownRedemption().cases.size() == 1 && pane->resolveCaseButton()->isVisible(), 10000);
    QCOMPARE(pane->casesView()->rowCount(), 1);
    QCOMPARE(pane->casesView()->item(0, 1)->text(), QStringLiteral("Damaged"));
    QCOMPARE(pane->caseToResolve().kind, CaseKind::Damaged);

    // Resolve it: a rejection needs a reason and cannot restock; a refund restocks.
    bool resolved = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ResolveCaseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const CloseOnExit closer{dialog};
        QCOMPARE(dialog->outcomeBox()->findData(int(CaseOutcome::Reissue)), -1); // no code to reissue
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(CaseOutcome::Reject)));
        QVERIFY(!dialog->restockBox()->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->reasonError()->isVisible());
        QCOMPARE(dialog->reasonError()->text(), QStringLiteral("Say why the claim is rejected."));
        QVERIFY(dialog->isVisible());
        dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(CaseOutcome::Refund)));
        QVERIFY(dialog->restockBox()->isEnabled());
        dialog->restockBox()->setChecked(true);
        dialog->reasonEdit()->setText(QStringLiteral("照片为证"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QCOMPARE(dialog->resolvedCase().status, CaseStatus::Resolved);
        resolved = true;
    });
    QTest::mouseClick(pane->resolveCaseButton(), Qt::LeftButton);
    QVERIFY(resolved);

    // The points are back on the server, the timeline says so, the case is resolved.
    QCOMPARE(balanceOnServer(2), balanceBefore + points);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->shownRedemption().cases.isEmpty() &&
                                 pane->shownRedemption().cases.constFirst().status == CaseStatus::Resolved,
                             10000);
    QStringList kinds;
    for (const TimelineEvent &event : pane->timelineModel()->events())
        kinds.append(event.kind);
    QVERIFY2(kinds.contains(QStringLiteral("caseOpened")), qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY2(kinds.contains(QStringLiteral("caseResolved")) || kinds.contains(QStringLiteral("refunded")),
             qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY(!pane->resolveCaseButton()->isVisible());
    QVERIFY2(pane->actionMessageLabel()->text().contains(QLocale().toString(points)),
             qPrintable(pane->actionMessageLabel()->text()));
}

void tst_RedemptionsPane::cancelWithReason()
{
    RedemptionsPane *pane = m_window->redemptionsPane();
    showStatus(pane, RedemptionStatus::Placed);
    QCOMPARE(shownIds(pane), QList<qint64>({m_toCancel})); // the other one was shipped
    selectRedemption(pane, m_toCancel);
    const qint64 points = pane->shownRedemption().redemption.points;
    const qint64 balanceBefore = balanceOnServer(3);

    bool driven = false;
    QString question;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CancelRedemptionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const CloseOnExit closer{dialog};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->errorLabel()->isVisible()); // a reason is required
        QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Say why the redemption is cancelled."));
        dialog->reasonEdit()->setText(QStringLiteral("会员要求取消"));
        // "No" at the confirmation sends nothing and keeps the dialog.
        Prompt::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        question = Prompt::lastText();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        driven = true;
    });
    QTest::mouseClick(pane->cancelButton(), Qt::LeftButton);
    QVERIFY(driven);
    QVERIFY2(question.contains(QLocale().toString(points)), qPrintable(question));
    RedemptionModel *model = pane->listModel();
    QCOMPARE(model->data(model->index(model->rowOfRedemption(m_toCancel), RedemptionModel::StatusColumn))
                 .toString(),
             QStringLiteral("Cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(!pane->timelineModel()->events().isEmpty() &&
                                 pane->timelineModel()->events().constLast().kind ==
                                     QStringLiteral("cancelled"),
                             10000);
    QVERIFY(!pane->cancelButton()->isVisible());
    const QJsonObject onServer = redemptionOnServer(m_toCancel);
    QCOMPARE(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(onServer.value(QStringLiteral("cancelReason")).toString(), QStringLiteral("会员要求取消"));
    QCOMPARE(balanceOnServer(3), balanceBefore + points);
}

void tst_RedemptionsPane::openMemberShowsTheMember()
{
    RedemptionsPane *pane = m_window->redemptionsPane();
    showStatus(pane, RedemptionStatus::Fulfilled);
    selectRedemption(pane, m_coded);
    QVERIFY(pane->openMemberButton()->isEnabled());
    QTest::mouseClick(pane->openMemberButton(), Qt::LeftButton);
    QCOMPARE(m_window->navigation()->currentItem()->text(), QStringLiteral("Members"));
    QVERIFY(m_window->membersPane()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->membersPane()->detailView()->member().id, qint64(3), 10000);

    // A double click on the member does the same.
    QVERIFY(m_window->showPane(QStringLiteral("redemptionsPane")));
    showStatus(pane, RedemptionStatus::Shipped);
    selectRedemption(pane, m_toShip);
    QTableView *list = pane->listView();
    const QRect member = list->visualRect(pane->listModel()->index(
        pane->listModel()->rowOfRedemption(m_toShip), RedemptionModel::MemberColumn));
    // As a real double click comes: press and release, then the double click.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, member.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, member.center());
    QTRY_VERIFY(m_window->membersPane()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->membersPane()->detailView()->member().id, qint64(2), 10000);
    QVERIFY(m_window->showPane(QStringLiteral("redemptionsPane")));
}

void tst_RedemptionsPane::operatorSeesReadOnly()
{
    auto services = test::makeConsoleServices(m_home.path(), QStringLiteral("olga"));
    QVERIFY(test::signInConsole(*services, m_server.baseUrl(), QStringLiteral("olga")));
    services->language().apply(QStringLiteral("en"));
    MainWindow window(*services);
    window.setUser(services->session().user());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.visiblePanes().contains(QStringLiteral("redemptionsPane")));
    QVERIFY(window.showPane(QStringLiteral("redemptionsPane")));
    RedemptionsPane *pane = window.redemptionsPane();
    waitQueue(pane);
    QCOMPARE(shownIds(pane), QList<qint64>({m_coded, m_toCancel, m_damaged, m_toShip}));
    showStatus(pane, RedemptionStatus::Shipped);
    selectRedemption(pane, m_toShip);
    QVERIFY(pane->completeButton()->isVisible());
    QVERIFY(!pane->completeButton()->isEnabled());
    QVERIFY2(
        pane->completeButton()->toolTip().contains(QStringLiteral("may look at redemptions but not handle")),
        qPrintable(pane->completeButton()->toolTip()));
    QVERIFY(!pane->openCaseButton()->isEnabled());
    QVERIFY(pane->openMemberButton()->isEnabled());
    pane->completeSelected(); // a disabled action does nothing
    QTest::qWait(200);
    QCOMPARE(redemptionOnServer(m_toShip).value(QStringLiteral("status")).toString(),
             QStringLiteral("shipped"));
    window.close();
}

QTEST_MAIN(tst_RedemptionsPane)
#include "tst_redemptionspane.moc"
