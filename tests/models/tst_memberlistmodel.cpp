// The Members list over a real server and a real cache: lazy paging to the end, search kinds,
// write-through to the cache, and the offline fallback when the server goes away.
#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/MemberListModel.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_MemberListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesLazilyToTheEnd();
    void searchByLastFourDigits();
    void newQueryDropsStaleAnswers();
    void resetOffersNothingToFetch();
    void offlineShowsCachedMembers();

private:
    void waitLoaded(MemberListModel &model);

    TestServer m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<MemberCache> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionMonitor> m_connection;
};

void tst_MemberListModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(230));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
}

void tst_MemberListModel::init()
{
    if (!m_server.isRunning())
        QVERIFY(m_server.start());
    m_database = std::make_unique<CacheDatabase>(m_cacheDir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_database->open());
    m_cache = std::make_unique<MemberCache>(m_database.get());
    m_client = std::make_unique<ApiClient>();
    m_connection = std::make_unique<ConnectionMonitor>(m_client.get());
    QVERIFY(test::signInClient(*m_client, m_server.baseUrl(), QStringLiteral("agent")));
}

void tst_MemberListModel::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_connection.reset();
    m_client.reset();
    m_cache.reset();
    m_database.reset();
}

void tst_MemberListModel::waitLoaded(MemberListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
}

void tst_MemberListModel::pagesLazilyToTheEnd()
{
    MemberListModel model(m_client.get(), m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);
    model.setQuery(QString());
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isShowingCache());
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitLoaded(model);
    }
    QCOMPARE(model.rowCount(), 230);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.data(model.index(row, 0), MemberListModel::MemberIdRole).toLongLong());
    QCOMPARE(ids.size(), 230);
    QCOMPARE(model.headerData(MemberListModel::BalanceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Points"));

    // Everything shown was written through to the cache for offline review.
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(m_cache->countMembers(MemberQuery::parse(QString())), 230);
}

void tst_MemberListModel::searchByLastFourDigits()
{
    MemberListModel model(m_client.get(), m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QString());
    waitLoaded(model);
    const Member wanted = model.memberAt(17);
    const QString lastFour = wanted.phone.right(4);
    model.setQuery(lastFour);
    waitLoaded(model);
    QVERIFY2(model.rowCount() >= 1, qPrintable(QStringLiteral("no rows for %1; cache: %2; error: %3")
                                                   .arg(lastFour)
                                                   .arg(model.isShowingCache())
                                                   .arg(model.lastError())));
    QVERIFY(model.rowOfMember(wanted.id) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.memberAt(row).phone.right(4), lastFour);
    QCOMPARE(model.data(model.index(model.rowOfMember(wanted.id), MemberListModel::PhoneColumn)).toString(),
             wanted.phone);
}

void tst_MemberListModel::newQueryDropsStaleAnswers()
{
    MemberListModel model(m_client.get(), m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QString());
    waitLoaded(model);
    const Member wanted = model.memberAt(5);
    model.setQuery(QString()); // its answer must not land after the next query's
    model.setQuery(wanted.memberNo);
    waitLoaded(model);
    QTest::qWait(300);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberAt(0).id, wanted.id);
}

// Views (and the model tester) may call fetchMore() while a new query's reset is announced; the old
// query's next page must not be fetched then (it answered the new query with the old cursor: no rows).
void tst_MemberListModel::resetOffersNothingToFetch()
{
    MemberListModel model(m_client.get(), m_cache.get(), m_connection.get());
    model.setPageSize(50);
    model.setQuery(QString());
    waitLoaded(model);
    QVERIFY(model.canFetchMore({}));
    bool fetchableDuringReset = true;
    connect(&model, &QAbstractItemModel::modelReset, this,
            [&] { fetchableDuringReset = model.canFetchMore({}); });
    model.setQuery(model.memberAt(17).phone.right(4));
    QVERIFY(!fetchableDuringReset);
    waitLoaded(model);
    QVERIFY(model.rowCount() >= 1);
}

void tst_MemberListModel::offlineShowsCachedMembers()
{
    Member wanted;
    {
        MemberListModel online(m_client.get(), m_cache.get(), m_connection.get());
        online.setQuery(QString());
        waitLoaded(online);
        wanted = online.memberAt(9);
    }
    QThreadPool::globalInstance()->waitForDone();
    m_server.stop();

    MemberListModel model(m_client.get(), m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy source(&model, &PagedTableModel::sourceChanged);
    model.setQuery(wanted.phone.right(4));
    QTRY_VERIFY_WITH_TIMEOUT(model.isShowingCache() && !model.isLoading(), 30000);
    QVERIFY(!m_connection->isOnline());
    QVERIFY(model.dataAsOf().isValid());
    QVERIFY(!source.isEmpty());
    const int row = model.rowOfMember(wanted.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.memberAt(row).balance, wanted.balance);
    QCOMPARE(model.memberAt(row).name, wanted.name);
}

QTEST_GUILESS_MAIN(tst_MemberListModel)
#include "tst_memberlistmodel.moc"
