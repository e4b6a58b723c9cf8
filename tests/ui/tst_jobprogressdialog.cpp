// Running the expiry from the console against a real server: "Run expiry now…" asks first, then a window
// that is not modal follows the run to its end and says what it did in words; a second run finds nothing
// left; closing the window leaves the run going on the server; roles that may not run jobs have no such
// menu entry. The words for results and durations are checked on their own, row by row.
#include "client/JobFollower.h"
#include "support/TestConsole.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/ConsoleServices.h"
#include "ui/JobProgressDialog.h"
#include "ui/MainWindow.h"
#include "ui/Prompt.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_JobProgressDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resultText_data();
    void resultText();
    void durationText_data();
    void durationText();
    void runExpiryFromTheMenu();
    void closingLeavesTheRunGoing();
    void supportHasNoSuchEntry();

private:
    std::unique_ptr<ConsoleServices> signedIn(const QString &user);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_manager;
    std::unique_ptr<MainWindow> m_window;
};

std::unique_ptr<ConsoleServices> tst_JobProgressDialog::signedIn(const QString &user)
{
    auto services = test::makeConsoleServices(m_home.path(), user);
    if (!test::signInConsole(*services, m_server.baseUrl(), user))
        return {};
    return services;
}

void tst_JobProgressDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // A year of history whose lots lapse after a month: the first run has plenty to expire.
    QVERIFY(m_server.run({QStringLiteral("--seed-demo"), QStringLiteral("30"),
                          QStringLiteral("--lot-expiry-months"), QStringLiteral("1")}));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    m_manager = signedIn(QStringLiteral("mia"));
    QVERIFY(m_manager);
    m_manager->language().apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(*m_manager);
    m_window->setUser(m_manager->session().user());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_JobProgressDialog::cleanupTestCase()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_manager.reset();
}

void tst_JobProgressDialog::resultText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QJsonObject>("result");
    QTest::addColumn<QString>("text");
    QTest::addRow("expiry") << QStringLiteral("expire-lots") << QStringLiteral("done")
                            << QJsonObject{{QStringLiteral("lots"), 800}, {QStringLiteral("points"), 12345}}
                            << QStringLiteral("Expired 12,345 points from 800 lots.");
    QTest::addRow("expiry, as loyalty-server answers")
        << QStringLiteral("expire-lots") << QStringLiteral("done")
        << QJsonObject{{QStringLiteral("lots"), 198},
                       {QStringLiteral("points"), 37724},
                       {QStringLiteral("batches"), 1}}
        << QStringLiteral("Expired 37,724 points from 198 lots.");
    QTest::addRow("expiry, nothing due") << QStringLiteral("expire-lots") << QStringLiteral("done")
                                         << QJsonObject{{QStringLiteral("lots"), 0},
                                                        {QStringLiteral("points"), 0},
                                                        {QStringLiteral("members"), 0}}
                                         << QStringLiteral("Nothing had expired: no points were taken.");
    QTest::addRow("settling pending points")
        << QStringLiteral("settle-pending") << QStringLiteral("done")
        << QJsonObject{{QStringLiteral("posted"), 40}, {QStringLiteral("cancelled"), 2}}
        << QStringLiteral("Pending points: 40 posted, 2 cancelled at their deadline.");
    QTest::addRow("a kind this console does not know")
        << QStringLiteral("reindex") << QStringLiteral("done") << QJsonObject{{QStringLiteral("rows"), 7}}
        << QStringLiteral("Done: {\"rows\":7}");
    QTest::addRow("still running") << QStringLiteral("expire-lots") << QStringLiteral("running")
                                   << QJsonObject{} << QString();
}

void tst_JobProgressDialog::resultText()
{
    QFETCH(QString, kind);
    QFETCH(QString, state);
    QFETCH(QJsonObject, result);
    QFETCH(QString, text);
    JobInfo job;
    job.id = 1;
    job.kind = kind;
    job.state = JobInfo::stateFromString(state);
    job.result = result;
    QCOMPARE(JobProgressDialog::resultText(job), text);
}

void tst_JobProgressDialog::durationText_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("nothing") << qint64(0) << QStringLiteral("0:00");
    QTest::addRow("under a second") << qint64(999) << QStringLiteral("0:00");
    QTest::addRow("seconds") << qint64(42'000) << QStringLiteral("0:42");
    QTest::addRow("minutes") << qint64(65'000) << QStringLiteral("1:05");
    QTest::addRow("hours") << qint64(3'725'000) << QStringLiteral("1:02:05");
    QTest::addRow("clock went back") << qint64(-5'000) << QStringLiteral("0:00");
}

void tst_JobProgressDialog::durationText()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, text);
    QCOMPARE(JobProgressDialog::durationText(milliseconds), text);
}

void tst_JobProgressDialog::runExpiryFromTheMenu()
{
    QAction *run = m_window->runExpiryAction();
    QVERIFY(run->isVisible());
    QCOMPARE(run->text(), QStringLiteral("Run e&xpiry now…"));

    // "Cancel" at the question starts nothing.
    Prompt::setNextAnswer(QMessageBox::Cancel);
    run->trigger();
    QVERIFY(!m_window->jobDialog());

    Prompt::setNextAnswer(QMessageBox::Yes);
    run->trigger();
    JobProgressDialog *dialog = m_window->jobDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->isFollowing());
    QVERIFY(m_window->isEnabled()); // the console stays usable while it runs
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->isVisible(), 60000);
    QVERIFY(!dialog->isFollowing());
    const QString result = dialog->resultLabel()->text();
    QVERIFY2(result.startsWith(QStringLiteral("Expired ")) &&
                 result.contains(QStringLiteral(" points from ")),
             qPrintable(result));
    QCOMPARE(dialog->stateLabel()->text(), QStringLiteral("Done"));
    QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    QVERIFY(dialog->elapsedLabel()->text().contains(QLatin1Char(':')));
    const JobInfo done = dialog->follower()->job();
    QCOMPARE(done.kind, QStringLiteral("expire-lots"));
    QVERIFY(done.result.value(QStringLiteral("lots")).toInteger() > 0);
    QVERIFY(result.contains(QLocale().toString(done.result.value(QStringLiteral("points")).toInteger())));

    // Again: the finished window makes way for a new one, which finds nothing left to expire.
    Prompt::setNextAnswer(QMessageBox::Yes);
    run->trigger();
    QTRY_VERIFY(m_window->jobDialog() && m_window->jobDialog() != dialog);
    dialog = m_window->jobDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->isVisible(), 60000);
    QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Nothing had expired: no points were taken."));
    dialog->close();
    QTRY_VERIFY(!m_window->jobDialog()); // closed windows go away
}

void tst_JobProgressDialog::closingLeavesTheRunGoing()
{
    Prompt::setNextAnswer(QMessageBox::Yes);
    m_window->runExpiryAction()->trigger();
    JobProgressDialog *dialog = m_window->jobDialog();
    QVERIFY(dialog);
    QSignalSpy following(dialog->follower(), &JobFollower::following);
    QVERIFY(following.wait(10000));
    const qint64 id = following.first().first().value<JobInfo>().id;
    dialog->close();
    QTRY_VERIFY(!m_window->jobDialog());

    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        http.get(QStringLiteral("/v1/jobs/%1").arg(id)).json.value(QStringLiteral("state")) ==
            QStringLiteral("done"),
        60000);
}

void tst_JobProgressDialog::supportHasNoSuchEntry()
{
    auto services = signedIn(QStringLiteral("sue"));
    QVERIFY(services);
    MainWindow window(*services);
    window.setUser(services->session().user());
    QVERIFY(!window.runExpiryAction()->isVisible());
    QVERIFY(!window.visiblePanes().contains(QStringLiteral("approvalsPane")));
    window.runExpiry(); // not theirs: nothing opens
    QVERIFY(!window.jobDialog());
}

QTEST_MAIN(tst_JobProgressDialog)
#include "tst_jobprogressdialog.moc"
