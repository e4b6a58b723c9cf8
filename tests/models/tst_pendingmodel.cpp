// A member's pending points over a real server: newest first and paged, each row's condition (a time or
// an event), post time or event, deadline and status in words; blacklisting the member cancels them and
// the rows say so; and a sentence instead of rows when the server cannot be reached (not cached).
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "core/PendingRequest.h"
#include "models/PendingModel.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_PendingModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newestFirstAndPaged_data();
    void newestFirstAndPaged();
    void rowsInWords();
    void blacklistingCancelsThem();
    void offlineSaysWhy();

private:
    void loadAll(PendingModel &model);
    qint64 addPending(const PendingRequest &request);

    TestServer m_server;
    ApiClient m_client;
    std::unique_ptr<ConnectionMonitor> m_connection;
    std::unique_ptr<TestHttp> m_agent;
    qint64 m_memberId = 3;
    QList<qint64> m_created; // oldest first
    QDateTime m_postAt;
    QDateTime m_deadline;
};

void tst_PendingModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("boss"), QStringLiteral("manager")));
    QVERIFY(m_server.start());
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("agent")));
    m_connection = std::make_unique<ConnectionMonitor>(&m_client);
    m_agent = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_agent->login(QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_postAt = QDateTime(now.date().addDays(2), QTime(10, 0), Qt::UTC);
    m_deadline = QDateTime(now.date().addDays(30), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        PendingRequest request;
        request.amount = 10 * (i + 1);
        request.reason = QStringLiteral("goodwill");
        request.note = QStringLiteral("待入账 %1").arg(i);
        if (i % 2 == 0)
            request.postAt = m_postAt;
        else
            request.eventKey = QStringLiteral("share-click-%1").arg(i);
        request.deadline = m_deadline;
        const qint64 id = addPending(request);
        QVERIFY(id != 0);
        m_created.append(id);
    }
}

qint64 tst_PendingModel::addPending(const PendingRequest &request)
{
    const HttpReply reply =
        m_agent->post(QStringLiteral("/v1/members/%1/pending").arg(m_memberId), request.toJson());
    if (reply.status != 201) {
        qWarning() << "POST pending:" << reply.status << reply.body;
        return 0;
    }
    return reply.json.value(QStringLiteral("id")).toInteger();
}

void tst_PendingModel::loadAll(PendingModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    }
}

void tst_PendingModel::newestFirstAndPaged_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addRow("one page") << 100;
    QTest::addRow("pages of 2") << 2;
    QTest::addRow("pages of 1") << 1;
}

void tst_PendingModel::newestFirstAndPaged()
{
    QFETCH(int, pageSize);
    PendingModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setMemberId(m_memberId);
    loadAll(model);
    QVERIFY(model.lastError().isEmpty());
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.entryAt(row).id);
    for (const qint64 id : std::as_const(m_created))
        QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entryAt(row - 1).createdAt >= model.entryAt(row).createdAt);
    QCOMPARE(model.entryAt(0).id, m_created.last());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entryAt(row).memberId, m_memberId);
}

void tst_PendingModel::rowsInWords()
{
    PendingModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemberId(m_memberId);
    loadAll(model);
    const QLocale locale;
    auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    auto rowOf = [&](qint64 id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.entryAt(row).id == id)
                return row;
        }
        return -1;
    };
    // The newest (the 5th, by time) and the one before it (the 4th, by event).
    const int timed = rowOf(m_created.at(4));
    const int byEvent = rowOf(m_created.at(3));
    QVERIFY(timed >= 0 && byEvent >= 0);
    QCOMPARE(text(timed, PendingModel::AmountColumn), QStringLiteral("+50"));
    QCOMPARE(text(timed, PendingModel::ReasonColumn), QStringLiteral("Goodwill for a complaint"));
    QCOMPARE(model.data(model.index(timed, PendingModel::ReasonColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("待入账 4"));
    QCOMPARE(text(timed, PendingModel::ConditionColumn), QStringLiteral("At a time"));
    QCOMPARE(text(timed, PendingModel::PostsColumn),
             locale.toString(m_postAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(timed, PendingModel::DeadlineColumn),
             locale.toString(m_deadline.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(timed, PendingModel::StatusColumn), QStringLiteral("Waiting"));
    QCOMPARE(text(byEvent, PendingModel::ConditionColumn), QStringLiteral("On an event"));
    QCOMPARE(text(byEvent, PendingModel::PostsColumn), QStringLiteral("share-click-3"));
    QCOMPARE(
        model.data(model.index(byEvent, PendingModel::AmountColumn), PendingModel::AmountRole).toLongLong(),
        40);
    QCOMPARE(model.headerData(PendingModel::DeadlineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Deadline"));
}

void tst_PendingModel::blacklistingCancelsThem()
{
    TestHttp boss(m_server.baseUrl());
    QCOMPARE(boss.login(QStringLiteral("boss"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const HttpReply reply =
        boss.post(QStringLiteral("/v1/members/%1/blacklist").arg(m_memberId),
                  {{QStringLiteral("reason"), QStringLiteral("刷单")}}, "pending-model-blacklist");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QStringLiteral("cancelledPending")).toInt() >= int(m_created.size()));

    PendingModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemberId(m_memberId);
    loadAll(model);
    QVERIFY(model.rowCount() >= m_created.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.entryAt(row).status, LedgerStatus::Cancelled);
        QVERIFY2(model.data(model.index(row, PendingModel::StatusColumn))
                     .toString()
                     .startsWith(QStringLiteral("Cancelled")),
                 qPrintable(model.data(model.index(row, PendingModel::StatusColumn)).toString()));
    }
}

void tst_PendingModel::offlineSaysWhy()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("agent")));
    m_server.stop();
    PendingModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setMemberId(m_memberId);
    QVERIFY(errors.wait(30000));
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("Pending points are shown only while the server can be reached."));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_PendingModel)
#include "tst_pendingmodel.moc"
