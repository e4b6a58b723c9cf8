// The Audit pane, offscreen against a real server: a manager signs in, the pane lists the audit log,
// the filter bar narrows it (Enter applies), a selected points.adjust row shows before and after with the
// balance highlighted, and Export CSV writes the filtered rows (and can be cancelled) without a modal.
#include "client/MemoryTokenStore.h"
#include "models/AuditDiffModel.h"
#include "models/AuditExporter.h"
#include "models/AuditModel.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/AuditPane.h"
#include "ui/ConsoleServices.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_AuditPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsRows();
    void filterByActionWithEnter();
    void selectedAdjustmentShowsBalanceHighlighted();
    void filterByUserAndDates();
    void exportWritesTheFilteredRows();
    void exportCanBeCancelled();
    void languageChangeKeepsTheFilter();

private:
    void waitLoaded() { QTRY_VERIFY_WITH_TIMEOUT(!m_pane->listModel()->isLoading(), 20000); }
    void selectAction(const QString &code);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<AuditPane> m_pane;
};

void tst_AuditPane::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    for (int member = 1; member <= 3; ++member) {
        const HttpReply reply = sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                                         {{QStringLiteral("amount"), 100 * member},
                                          {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                                         QByteArray("audit-pane-") + QByteArray::number(member));
        QCOMPARE(reply.status, 201);
    }

    auto settings = std::make_unique<ConsoleSettings>(m_home.filePath(QStringLiteral("settings.ini")));
    settings->setCacheDirectory(m_home.filePath(QStringLiteral("cache")));
    settings->setLanguage(QStringLiteral("en"));
    m_services = std::make_unique<ConsoleServices>(std::move(settings), std::make_unique<MemoryTokenStore>());
    m_services->language().apply(QStringLiteral("en"));
    QSignalSpy signedIn(&m_services->session(), &SessionManager::signedIn);
    m_services->session().signIn(m_server.baseUrl(), QStringLiteral("mia"),
                                 QString::fromLatin1(TestServer::kPassword), false);
    QVERIFY(signedIn.wait(30000));
    QVERIFY(m_services->session().user().can(Permission::AuditRead));

    m_pane = std::make_unique<AuditPane>(*m_services);
    m_pane->resize(1200, 700);
    QCOMPARE(m_pane->listModel()->rowCount(), 0); // nothing is asked before the pane is shown
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_AuditPane::cleanupTestCase()
{
    m_pane.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_services.reset();
}

void tst_AuditPane::selectAction(const QString &code)
{
    QComboBox *combo = m_pane->actionCombo();
    const int index = combo->findData(code);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
}

void tst_AuditPane::listsRows()
{
    AuditModel *model = m_pane->listModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 7 && !model->isLoading(),
                             20000); // 2 users, 2 sign-ins, 3 adjusts
    QVERIFY(model->lastError().isEmpty());
    QCOMPARE(m_pane->listView()->model(), model);
    QVERIFY(m_pane->statusLine()->text().contains(QStringLiteral("rows")));
    // Newest first: mia's own sign-in is on top.
    QCOMPARE(model->entryAt(0).action, QStringLiteral("auth.login"));
    QCOMPARE(model->entryAt(0).actor, QStringLiteral("mia"));
    QCOMPARE(model->data(model->index(0, AuditModel::ActionColumn)).toString(), QStringLiteral("Signed in"));
    QCOMPARE(m_pane->detailTitleLabel()->text(), QStringLiteral("Select a row"));
}

void tst_AuditPane::filterByActionWithEnter()
{
    selectAction(QStringLiteral("points.adjust"));
    m_pane->activateWindow();
    m_pane->actionCombo()->setFocus();
    QTRY_VERIFY(m_pane->actionCombo()->hasFocus());
    QTest::keyClick(m_pane->actionCombo(), Qt::Key_Return);
    AuditModel *model = m_pane->listModel();
    QCOMPARE(model->filter().action, QStringLiteral("points.adjust"));
    waitLoaded();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entryAt(row).action, QStringLiteral("points.adjust"));
        QCOMPARE(model->data(model->index(row, AuditModel::ActionColumn)).toString(),
                 QStringLiteral("Points adjusted"));
    }
    QCOMPARE(m_pane->statusLine()->text(), QStringLiteral("3 rows"));
}

void tst_AuditPane::selectedAdjustmentShowsBalanceHighlighted()
{
    AuditModel *model = m_pane->listModel();
    QCOMPARE(model->rowCount(), 3);
    QTableView *list = m_pane->listView();
    // The top row is the last adjustment: member 3, +300.
    const QRect cell = list->visualRect(model->index(0, AuditModel::ActionColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_pane->detailTitleLabel()->text(), QStringLiteral("Points adjusted: Member 3"));
    QVERIFY(m_pane->detailMetaLabel()->text().contains(QStringLiteral("sue")));
    QVERIFY(m_pane->detailMetaLabel()->text().contains(QStringLiteral("127.0.0.1")));

    AuditDiffModel *diff = m_pane->diffModel();
    QCOMPARE(m_pane->diffView()->model(), diff);
    QVERIFY(m_pane->diffView()->isVisible());
    const int balance = diff->rowOfField(QStringLiteral("balance"));
    QVERIFY(balance >= 0);
    const QModelIndex before = diff->index(balance, AuditDiffModel::BeforeColumn);
    const QModelIndex after = diff->index(balance, AuditDiffModel::AfterColumn);
    QVERIFY(diff->data(before, AuditDiffModel::ChangedRole).toBool());
    QVERIFY(diff->data(after, Qt::BackgroundRole).isValid());
    QCOMPARE(diff->data(after).toString().toLongLong() - diff->data(before).toString().toLongLong(), 300);
    // Side by side: before and after are neighbouring columns of the same row, both visible.
    QVERIFY(m_pane->diffView()->columnWidth(AuditDiffModel::BeforeColumn) > 0);
    QVERIFY(m_pane->diffView()->columnWidth(AuditDiffModel::AfterColumn) > 0);
    const int reason = diff->rowOfField(QStringLiteral("reason"));
    QVERIFY(reason >= 0);
    QCOMPARE(diff->data(diff->index(reason, AuditDiffModel::BeforeColumn)).toString(), QString());
    QCOMPARE(diff->data(diff->index(reason, AuditDiffModel::AfterColumn)).toString(),
             QStringLiteral("goodwill"));
}

void tst_AuditPane::filterByUserAndDates()
{
    AuditModel *model = m_pane->listModel();
    m_pane->actionCombo()->setCurrentIndex(0); // any action
    QCOMPARE(m_pane->actionCombo()->currentIndex(), 0);
    m_pane->userEdit()->setFocus();
    QTRY_VERIFY(m_pane->userEdit()->hasFocus());
    QTest::keyClicks(m_pane->userEdit(), QStringLiteral("sue"));
    QTest::keyClick(m_pane->userEdit(), Qt::Key_Return);
    waitLoaded();
    QCOMPARE(model->filter().actor, QStringLiteral("sue"));
    QCOMPARE(model->rowCount(), 4); // her sign-in and three adjustments
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->entryAt(row).actor, QStringLiteral("sue"));

    // An end before the start is refused next to the dates, and nothing is asked.
    const QDate today = QDate::currentDate();
    m_pane->fromEdit()->setDate(today);
    m_pane->toEdit()->setDate(today.addDays(-2));
    QTest::mouseClick(m_pane->applyButton(), Qt::LeftButton);
    QVERIFY(m_pane->filterMessageLabel()->isVisible());
    QCOMPARE(m_pane->filterMessageLabel()->text(), QStringLiteral("The end date is before the start date."));
    QCOMPARE(model->rowCount(), 4);

    // Today, both ends included.
    m_pane->toEdit()->setDate(today);
    QTest::mouseClick(m_pane->applyButton(), Qt::LeftButton);
    QVERIFY(!m_pane->filterMessageLabel()->isVisible());
    waitLoaded();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->filter().from, today.startOfDay().toUTC());
    QCOMPARE(model->filter().to, today.addDays(1).startOfDay().toUTC());

    // Tomorrow onwards: nothing yet.
    m_pane->fromEdit()->setDate(today.addDays(1));
    m_pane->toEdit()->setDate(m_pane->toEdit()->minimumDate()); // "any date"
    QCOMPARE(m_pane->toEdit()->text(), QStringLiteral("Any date"));
    QTest::mouseClick(m_pane->applyButton(), Qt::LeftButton);
    waitLoaded();
    QVERIFY(!model->filter().to.isValid());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(m_pane->statusLine()->text(), QStringLiteral("No audit rows match."));

    // Back to sue's adjustments, any date, for the export tests.
    m_pane->fromEdit()->setDate(m_pane->fromEdit()->minimumDate());
    selectAction(QStringLiteral("points.adjust"));
    m_pane->applyFilter();
    waitLoaded();
    QCOMPARE(model->rowCount(), 3);
}

void tst_AuditPane::exportWritesTheFilteredRows()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("sue-adjustments")); // ".csv" is added
    AuditPane::setNextExportPath(path);
    m_pane->exporter()->setPageSize(1); // every row its own page
    QSignalSpy finished(m_pane->exporter(), &AuditExporter::finished);
    m_pane->exportAction()->trigger();
    QVERIFY(m_pane->exporter()->isRunning());
    QVERIFY(m_pane->exportCancelButton()->isVisible());
    QVERIFY(m_pane->exportProgressLabel()->isVisible());
    QVERIFY(!m_pane->exportAction()->isEnabled());
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!m_pane->exportCancelButton()->isVisible());
    QVERIFY(!m_pane->exportProgressLabel()->isVisible());
    QVERIFY(m_pane->exportAction()->isEnabled());
    QVERIFY(m_pane->exportMessageLabel()->isVisible());
    QVERIFY2(m_pane->exportMessageLabel()->text().contains(path + QStringLiteral(".csv")),
             qPrintable(m_pane->exportMessageLabel()->text()));

    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = data.mid(3).split('\n');
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, three rows, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("time,user,client_address,action"));
    for (int line = 1; line <= 3; ++line)
        QVERIFY(lines.at(line).contains(",sue,127.0.0.1,points.adjust,member,"));
}

void tst_AuditPane::exportCanBeCancelled()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cancelled.csv"));
    AuditPane::setNextExportPath(path);
    m_pane->exporter()->setPageSize(1);
    QSignalSpy finished(m_pane->exporter(), &AuditExporter::finished);
    m_pane->exportCsv();
    QVERIFY(m_pane->exportCancelButton()->isVisible());
    QTest::mouseClick(m_pane->exportCancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_pane->exportCancelButton()->isVisible());
    QCOMPARE(m_pane->exportMessageLabel()->text(), QStringLiteral("Export cancelled; no file was written."));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(out.path()).isEmpty());

    // A dialog the user closed (the hook's empty path) starts nothing.
    AuditPane::setNextExportPath(QString());
    m_pane->exportCsv();
    QVERIFY(!m_pane->exporter()->isRunning());
}

void tst_AuditPane::languageChangeKeepsTheFilter()
{
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_pane.get(), &change);
    QCOMPARE(m_pane->actionCombo()->currentData().toString(), QStringLiteral("points.adjust"));
    QCOMPARE(m_pane->actionCombo()->count(), 1 + int(AuditModel::knownActions().size()));
    QCOMPARE(m_pane->entityCombo()->count(), 1 + int(AuditModel::knownEntities().size()));
    QCOMPARE(m_pane->applyButton()->text(), QStringLiteral("Apply"));
    QCOMPARE(m_pane->exportAction()->text(), QStringLiteral("Export CSV…"));
    QCOMPARE(m_pane->listModel()->rowCount(), 3);
}

QTEST_MAIN(tst_AuditPane)
#include "tst_auditpane.moc"
