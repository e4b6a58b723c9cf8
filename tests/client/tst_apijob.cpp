// The job layer against a real loyalty-server: typed answers, refusals with the server's sentence and
// field, idempotent replays, retries, and what a person reads when the server is away.
#include "client/AdjustPointsJob.h"
#include "client/ApiClient.h"
#include "client/LedgerJob.h"
#include "client/LoginJob.h"
#include "client/MemberJob.h"
#include "client/MemberSearchJob.h"
#include "client/RevealPhoneJob.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_ApiJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loginRefusedWithSentence();
    void searchPagesThroughEveryMember();
    void searchKinds_data();
    void searchKinds();
    void adjustReplaysWithSameKey();
    void adjustRefusalNamesField_data();
    void adjustRefusalNamesField();
    void revealForbiddenForOperator();
    void unreachableServerSaysSo();
    void silentServerTimesOutAfterRetries();
    void expiredSessionIsReported();

private:
    template <typename Job> static Job *run(Job *job)
    {
        QSignalSpy finished(job, &ApiJob::finished);
        job->start();
        if (!finished.wait(30000))
            qFatal("job never finished");
        return job; // deleted later by the event loop: read results before returning to it
    }
    void signIn(ApiClient &client, const QString &username);
    Member anyMember();

    TestServer m_server;
};

void tst_ApiJob::initTestCase()
{
    QVERIFY(m_server.seedDemo(250));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("ops"), QStringLiteral("operator")));
    // These tests are about the job mechanics: large amounts post at once instead of waiting for approval.
    QVERIFY(m_server.start({QStringLiteral("--approval-threshold"), QStringLiteral("1000000")}));
}

void tst_ApiJob::signIn(ApiClient &client, const QString &username)
{
    client.setBaseUrl(m_server.baseUrl());
    auto *login = run(new LoginJob(&client, username, QString::fromLatin1(TestServer::kPassword)));
    QVERIFY2(login->succeeded(), qPrintable(login->errorText()));
    QCOMPARE(login->user().username, username);
    QVERIFY(login->expiresAt() > QDateTime::currentDateTimeUtc());
    client.setToken(login->token());
}

Member tst_ApiJob::anyMember()
{
    ApiClient client;
    signIn(client, QStringLiteral("agent"));
    auto *search = run(new MemberSearchJob(&client, QString(), QString(), 10));
    return search->members().value(3);
}

void tst_ApiJob::loginRefusedWithSentence()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    client.setLanguage(QStringLiteral("en"));
    auto *login = run(new LoginJob(&client, QStringLiteral("agent"), QStringLiteral("wrong-password")));
    QCOMPARE(login->outcome(), ApiJob::Outcome::Refused);
    QCOMPARE(login->httpStatus(), 401);
    QCOMPARE(login->error().code, QStringLiteral("invalid_credentials"));
    QVERIFY(!login->errorText().isEmpty());
    QCOMPARE(login->attempts(), 1); // a password is never sent twice on its own
}

void tst_ApiJob::searchPagesThroughEveryMember()
{
    ApiClient client;
    signIn(client, QStringLiteral("agent"));
    QSet<qint64> seen;
    QString cursor;
    int pages = 0;
    do {
        auto *search = run(new MemberSearchJob(&client, QString(), cursor, 60));
        QVERIFY2(search->succeeded(), qPrintable(search->errorText()));
        for (const Member &member : search->members()) {
            QVERIFY2(!seen.contains(member.id), "a member came twice");
            seen.insert(member.id);
            QVERIFY(member.phone.contains(QStringLiteral("****")));
        }
        cursor = search->nextCursor();
        ++pages;
    } while (!cursor.isEmpty() && pages < 20);
    QCOMPARE(seen.size(), 250);
    QCOMPARE(pages, 5);
}

void tst_ApiJob::searchKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("last 4 digits") << QStringLiteral("last4");
    QTest::addRow("member number") << QStringLiteral("memberNo");
    QTest::addRow("name prefix") << QStringLiteral("name");
}

void tst_ApiJob::searchKinds()
{
    QFETCH(QString, kind);
    const Member wanted = anyMember();
    QVERIFY(wanted.id != 0);
    const QString query = kind == QLatin1String("last4")      ? wanted.phone.right(4)
                          : kind == QLatin1String("memberNo") ? wanted.memberNo
                                                              : wanted.name.left(1);
    ApiClient client;
    signIn(client, QStringLiteral("agent"));
    auto *search = run(new MemberSearchJob(&client, query, QString(), 500));
    QVERIFY(search->succeeded());
    bool found = false;
    for (const Member &member : search->members()) {
        found = found || member.id == wanted.id;
        if (kind == QLatin1String("last4"))
            QCOMPARE(member.phone.right(4), query);
        else if (kind == QLatin1String("name"))
            QVERIFY(member.name.startsWith(query));
    }
    QVERIFY(found);
}

void tst_ApiJob::adjustReplaysWithSameKey()
{
    const Member member = anyMember();
    ApiClient client;
    signIn(client, QStringLiteral("agent"));
    const AdjustmentRequest request{100, QStringLiteral("goodwill"), QStringLiteral("投诉补偿")};
    auto *first = run(new AdjustPointsJob(&client, member.id, request, "replay-key-1"));
    QVERIFY2(first->succeeded(), qPrintable(first->errorText()));
    const LedgerEntry posted = first->entry();
    QCOMPARE(posted.amount, 100);
    QCOMPARE(posted.balanceAfter, member.balance + 100);
    auto *again = run(new AdjustPointsJob(&client, member.id, request, "replay-key-1"));
    QVERIFY(again->succeeded());
    QCOMPARE(again->entry().id, posted.id);
    auto *detail = run(new MemberJob(&client, member.id));
    QCOMPARE(detail->member().balance, member.balance + 100);
    auto *ledger = run(new LedgerJob(&client, member.id, QString(), 5));
    QCOMPARE(ledger->entries().value(0).id, posted.id);
}

void tst_ApiJob::adjustRefusalNamesField_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addRow("no reason") << qint64(10) << QString() << 400 << QStringLiteral("reason");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("goodwill") << 400 << QStringLiteral("amount");
    QTest::addRow("below zero") << qint64(-100000000 / 100) << QStringLiteral("correction") << 422
                                << QStringLiteral("amount");
}

void tst_ApiJob::adjustRefusalNamesField()
{
    QFETCH(qint64, amount);
    QFETCH(QString, reason);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Member member = anyMember();
    ApiClient client;
    signIn(client, QStringLiteral("agent"));
    auto *job = run(new AdjustPointsJob(&client, member.id, AdjustmentRequest{amount, reason, {}},
                                        QByteArray("refusal-") + QTest::currentDataTag()));
    QCOMPARE(job->outcome(), ApiJob::Outcome::Refused);
    QCOMPARE(job->httpStatus(), status);
    QCOMPARE(job->error().field, field);
    QVERIFY(!job->errorText().isEmpty());
    auto *detail = run(new MemberJob(&client, member.id));
    QCOMPARE(detail->member().balance, member.balance);
}

void tst_ApiJob::revealForbiddenForOperator()
{
    const Member member = anyMember();
    ApiClient client;
    signIn(client, QStringLiteral("ops"));
    auto *reveal = run(new RevealPhoneJob(&client, member.id));
    QCOMPARE(reveal->httpStatus(), 403);
    QCOMPARE(reveal->error().code, QStringLiteral("forbidden"));

    ApiClient agent;
    signIn(agent, QStringLiteral("agent"));
    auto *allowed = run(new RevealPhoneJob(&agent, member.id));
    QVERIFY(allowed->succeeded());
    QCOMPARE(allowed->phone().size(), 11);
    QCOMPARE(allowed->phone().right(4), member.phone.right(4));
}

void tst_ApiJob::unreachableServerSaysSo()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy reachability(&client, &ApiClient::reachabilityChanged);
    auto *search = run(new MemberSearchJob(&client, QString(), QString(), 10));
    QVERIFY(search->unreachable());
    QCOMPARE(search->attempts(), ApiJob::kMaxAttempts); // a GET is safe to retry
    QVERIFY(search->errorText().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(reachability.count(), 1);
    QVERIFY(!client.isReachable());
}

void tst_ApiJob::silentServerTimesOutAfterRetries()
{
    // A server that accepts connections but never answers (a hung proxy, say).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    client.setTimeout(std::chrono::milliseconds(300));
    auto *adjust =
        run(new AdjustPointsJob(&client, 1, AdjustmentRequest{5, QStringLiteral("goodwill"), {}}, "k"));
    QVERIFY(adjust->unreachable());
    QCOMPARE(adjust->error().code, QStringLiteral("timeout"));
    QCOMPARE(adjust->attempts(), ApiJob::kMaxAttempts); // carries an idempotency key: safe to retry
}

void tst_ApiJob::expiredSessionIsReported()
{
    TestServer shortLived;
    QVERIFY(shortLived.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(shortLived.start({QStringLiteral("--token-ttl"), QStringLiteral("1")}));
    ApiClient client;
    client.setBaseUrl(shortLived.baseUrl());
    auto *login =
        run(new LoginJob(&client, QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword)));
    QVERIFY(login->succeeded());
    client.setToken(login->token());
    QTest::qWait(2100);
    QSignalSpy ended(&client, &ApiClient::sessionEnded);
    auto *search = run(new MemberSearchJob(&client, QString(), QString(), 10));
    QCOMPARE(search->httpStatus(), 401);
    QCOMPARE(search->error().code, QStringLiteral("token_expired"));
    QCOMPARE(ended.count(), 1);
}

QTEST_GUILESS_MAIN(tst_ApiJob)
#include "tst_apijob.moc"
