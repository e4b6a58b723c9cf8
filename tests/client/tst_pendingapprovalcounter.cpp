// The badge's count against a real server: unknown until asked, the pending number once started, the new
// number after a decision (even when asked while an older answer is under way), and unknown again when
// stopped. A role that may not decide never gets a number.
#include "client/ApiClient.h"
#include "client/PendingApprovalCounter.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_PendingApprovalCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsAndFollowsDecisions();
    void periodicRefresh();
    void supportGetsNoNumber();

private:
    qint64 ask(qint64 memberId, qint64 amount);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_sue;
    std::unique_ptr<TestHttp> m_mia;
};

void tst_PendingApprovalCounter::initTestCase()
{
    QVERIFY(m_server.seedDemo(6));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.start());
    m_sue = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_sue->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    m_mia = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_mia->login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

qint64 tst_PendingApprovalCounter::ask(qint64 memberId, qint64 amount)
{
    static int key = 0;
    const HttpReply reply = m_sue->post(
        QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
        {{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
        QByteArray("counter-") + QByteArray::number(++key));
    return reply.status == 202 ? reply.json.value(QStringLiteral("approval"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger()
                               : 0;
}

void tst_PendingApprovalCounter::countsAndFollowsDecisions()
{
    const qint64 first = ask(1, 6000);
    QVERIFY(first != 0);
    QVERIFY(ask(2, 9000) != 0);
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("mia")));
    PendingApprovalCounter counter(&client);
    QCOMPARE(counter.count(), -1);
    QVERIFY(!counter.isActive());
    QSignalSpy changed(&counter, &PendingApprovalCounter::countChanged);
    counter.start();
    QVERIFY(counter.isActive());
    counter.refresh(); // while the first answer is under way: no second request, the same answer
    QVERIFY(changed.wait(10000));
    QCOMPARE(counter.count(), 2);
    QTest::qWait(200);
    QCOMPARE(changed.size(), 1);

    // A decision, and the count asked for right away, while an older answer may still be under way.
    counter.refresh();
    QCOMPARE(m_mia->post(QStringLiteral("/v1/approvals/%1/approve").arg(first), {}, "counter-approve").status,
             200);
    counter.refreshAfterChange();
    QTRY_COMPARE_WITH_TIMEOUT(counter.count(), 1, 10000);
    QCOMPARE(changed.last().first().toInt(), 1);

    counter.stop();
    QVERIFY(!counter.isActive());
    QCOMPARE(counter.count(), -1);
    QCOMPARE(changed.last().first().toInt(), -1);
}

void tst_PendingApprovalCounter::periodicRefresh()
{
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("mia")));
    PendingApprovalCounter counter(&client);
    counter.setInterval(std::chrono::milliseconds(100));
    counter.start();
    QTRY_VERIFY_WITH_TIMEOUT(counter.count() >= 0, 10000);
    const int before = counter.count();
    QVERIFY(ask(3, 7000) != 0);
    // Nobody asks: the interval does.
    QTRY_COMPARE_WITH_TIMEOUT(counter.count(), before + 1, 10000);
}

void tst_PendingApprovalCounter::supportGetsNoNumber()
{
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
    PendingApprovalCounter counter(&client);
    QSignalSpy changed(&counter, &PendingApprovalCounter::countChanged);
    counter.start();
    QTest::qWait(500);
    QVERIFY(changed.isEmpty());
    QCOMPARE(counter.count(), -1);
}

QTEST_GUILESS_MAIN(tst_PendingApprovalCounter)
#include "tst_pendingapprovalcounter.moc"
