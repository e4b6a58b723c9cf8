// A member's ledger: newest first, paged, a posted adjustment on top after reload, filtered by kind and
// date on the server (the same rows as filtering the whole ledger here), and the cached copy offline
// (unfiltered only).
#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"
#include "client/AdjustPointsJob.h"
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "client/MemberSearchJob.h"
#include "models/LedgerModel.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_LedgerModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newestFirstAndPaged();
    void adjustmentAppearsOnTop();
    void filterNarrowsOnTheServer_data();
    void filterNarrowsOnTheServer();
    void offlineShowsCachedLedger();

private:
    void waitLoaded(LedgerModel &model) { QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000); }
    void loadAll(LedgerModel &model);

    TestServer m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<MemberCache> m_cache;
    ApiClient m_client;
    std::unique_ptr<ConnectionMonitor> m_connection;
    qint64 m_memberId = 0;
};

void tst_LedgerModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(20));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    m_database = std::make_unique<CacheDatabase>(m_cacheDir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_database->open());
    m_cache = std::make_unique<MemberCache>(m_database.get());
    m_connection = std::make_unique<ConnectionMonitor>(&m_client);
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("agent")));
    auto *search = new MemberSearchJob(&m_client, QString(), QString(), 1);
    QSignalSpy done(search, &ApiJob::finished);
    search->start();
    QVERIFY(done.wait(10000));
    m_memberId = search->members().value(0).id;
    QVERIFY(m_memberId != 0);
}

void tst_LedgerModel::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

void tst_LedgerModel::loadAll(LedgerModel &model)
{
    waitLoaded(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitLoaded(model);
    }
}

void tst_LedgerModel::newestFirstAndPaged()
{
    LedgerModel model(&m_client, m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setMemberId(m_memberId);
    loadAll(model);
    QVERIFY(model.rowCount() > 3); // a year of demo history takes more than one page
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entryAt(row - 1).id > model.entryAt(row).id);
    // Each entry's balanceAfter follows from the one before it.
    for (int row = 0; row + 1 < model.rowCount(); ++row)
        QCOMPARE(model.entryAt(row + 1).balanceAfter + model.entryAt(row).amount,
                 model.entryAt(row).balanceAfter);
}

void tst_LedgerModel::adjustmentAppearsOnTop()
{
    LedgerModel model(&m_client, m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemberId(m_memberId);
    waitLoaded(model);
    const qint64 before = model.entryAt(0).balanceAfter;

    auto *adjust = new AdjustPointsJob(
        &m_client, m_memberId, AdjustmentRequest{250, QStringLiteral("campaign"), QStringLiteral("双11补发")},
        "ledger-model-adjust");
    QSignalSpy done(adjust, &ApiJob::finished);
    adjust->start();
    QVERIFY(done.wait(10000));
    QVERIFY(adjust->succeeded());

    model.reload();
    waitLoaded(model);
    const LedgerEntry top = model.entryAt(0);
    QCOMPARE(top.amount, 250);
    QCOMPARE(top.balanceAfter, before + 250);
    QCOMPARE(top.kind, LedgerKind::Adjust);
    QCOMPARE(model.data(model.index(0, LedgerModel::AmountColumn)).toString(), QStringLiteral("+250"));
    QCOMPARE(model.data(model.index(0, LedgerModel::ReasonColumn)).toString(),
             QStringLiteral("Campaign reward not received"));
    QCOMPARE(model.data(model.index(0, LedgerModel::NoteColumn)).toString(), QStringLiteral("双11补发"));
}

void tst_LedgerModel::filterNarrowsOnTheServer_data()
{
    QTest::addColumn<QList<LedgerKind>>("kinds");
    QTest::addColumn<int>("fromDaysAgo"); // -1: no lower bound; below: days ahead
    QTest::addColumn<int>("toDaysAgo");   // -1: no upper bound
    QTest::addColumn<bool>("expectRows");
    QTest::addRow("earn only") << QList<LedgerKind>{LedgerKind::Earn} << -1 << -1 << true;
    QTest::addRow("adjust only") << QList<LedgerKind>{LedgerKind::Adjust} << -1 << -1 << true;
    QTest::addRow("earn and spend") << QList<LedgerKind>{LedgerKind::Earn, LedgerKind::Spend} << -1 << -1
                                    << true;
    QTest::addRow("forfeit: none yet") << QList<LedgerKind>{LedgerKind::Forfeit} << -1 << -1 << false;
    QTest::addRow("last 120 days") << QList<LedgerKind>{} << 120 << -1 << true;
    QTest::addRow("until 60 days ago") << QList<LedgerKind>{} << -1 << 60 << true;
    QTest::addRow("earn between 300 and 30 days ago")
        << QList<LedgerKind>{LedgerKind::Earn} << 300 << 30 << true;
    QTest::addRow("the future") << QList<LedgerKind>{} << -5 << -1 << false;
}

void tst_LedgerModel::filterNarrowsOnTheServer()
{
    QFETCH(QList<LedgerKind>, kinds);
    QFETCH(int, fromDaysAgo);
    QFETCH(int, toDaysAgo);
    QFETCH(bool, expectRows);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LedgerFilter filter;
    filter.kinds = kinds;
    if (fromDaysAgo != -1)
        filter.from = now.addDays(-fromDaysAgo); // a negative number of days ago lies ahead
    if (toDaysAgo != -1)
        filter.to = now.addDays(-toDaysAgo);

    LedgerModel all(&m_client, m_cache.get(), m_connection.get());
    all.setMemberId(m_memberId);
    loadAll(all);

    LedgerModel model(&m_client, m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    model.setMemberId(m_memberId);
    waitLoaded(model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter);
    QCOMPARE(resets.size(), 1); // a new filter starts over from the first page
    QCOMPARE(model.filter(), filter);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));

    QList<qint64> expected;
    for (int row = 0; row < all.rowCount(); ++row) {
        const LedgerEntry entry = all.entryAt(row);
        if (!kinds.isEmpty() && !kinds.contains(entry.kind))
            continue;
        if (filter.from.isValid() && entry.createdAt < filter.from)
            continue;
        if (filter.to.isValid() && entry.createdAt >= filter.to)
            continue;
        expected.append(entry.id);
    }
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.entryAt(row).id);
    QCOMPARE(shown, expected);
    QCOMPARE(!shown.isEmpty(), expectRows);

    // An empty filter shows everything again.
    model.setFilter({});
    loadAll(model);
    QCOMPARE(model.rowCount(), all.rowCount());
}

void tst_LedgerModel::offlineShowsCachedLedger()
{
    int onlineRows = 0;
    {
        LedgerModel online(&m_client, m_cache.get(), m_connection.get());
        online.setMemberId(m_memberId);
        loadAll(online);
        onlineRows = online.rowCount();
    }
    QThreadPool::globalInstance()->waitForDone();
    m_server.stop();

    LedgerModel model(&m_client, m_cache.get(), m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemberId(m_memberId);
    QTRY_VERIFY_WITH_TIMEOUT(model.isShowingCache() && !model.isLoading(), 30000);
    loadAll(model);
    QCOMPARE(model.rowCount(), onlineRows);
    QCOMPARE(model.entryAt(0).amount, 250);

    // The cache keeps the whole ledger, not its filtered views: a filter offline says so instead.
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setFilter(LedgerFilter{{LedgerKind::Earn}, {}, {}});
    QVERIFY(errors.size() == 1 || errors.wait(10000));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("clear the filter")));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_LedgerModel)
#include "tst_ledgermodel.moc"
