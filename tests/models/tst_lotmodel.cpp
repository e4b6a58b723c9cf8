// A member's expiry lots over a real server: earliest expiry first, open lots adding up to the balance,
// and a sentence instead of rows when the server cannot be reached (lots are not cached).
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "client/MemberJob.h"
#include "models/LotModel.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_LotModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openLotsAddUpToTheBalance_data();
    void openLotsAddUpToTheBalance();
    void offlineSaysWhy();

private:
    TestServer m_server;
};

void tst_LotModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(12));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
}

void tst_LotModel::openLotsAddUpToTheBalance_data()
{
    QTest::addColumn<qint64>("memberId");
    QTest::addColumn<int>("pageSize");
    QTest::addRow("member 1, one page") << qint64(1) << 500;
    QTest::addRow("member 5, pages of 2") << qint64(5) << 2;
    QTest::addRow("member 12, pages of 3") << qint64(12) << 3;
}

void tst_LotModel::openLotsAddUpToTheBalance()
{
    QFETCH(qint64, memberId);
    QFETCH(int, pageSize);
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("agent")));
    auto *memberJob = new MemberJob(&client, memberId);
    QSignalSpy fetched(memberJob, &ApiJob::finished);
    memberJob->start();
    QVERIFY(fetched.wait(10000));
    const Member member = memberJob->member();

    LotModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setMemberId(memberId);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
    QVERIFY(model.rowCount() > 0);
    qint64 open = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Lot lot = model.lotAt(row);
        QVERIFY(lot.remaining >= 0 && lot.remaining <= lot.amount);
        if (lot.status == Lot::Status::Open)
            open += lot.remaining;
        if (row > 0)
            QVERIFY(model.lotAt(row - 1).expiresAt <= lot.expiresAt);
    }
    QCOMPARE(open, member.balance);
}

void tst_LotModel::offlineSaysWhy()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("agent")));
    m_server.stop();
    LotModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setMemberId(1);
    QVERIFY(errors.wait(30000));
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("Expiry lots are shown only while the server can be reached."));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_LotModel)
#include "tst_lotmodel.moc"
