// The job layer against a real loyalty-server: typed answers, refusals with the server's sentence and
// field, idempotent replays, retries, and what a person reads when the server is away. The mall's jobs
// run against fixtures of the REST contract: a raw image body goes as it is with its own Content-Type,
// a stock change retried keeps its Idempotency-Key, and an item's refusal carries a violation per field.
#include "client/AdjustPointsJob.h"
#include "client/ApiClient.h"
#include "client/ItemImageBytesJob.h"
#include "client/ItemImageJob.h"
#include "client/LedgerJob.h"
#include "client/LoginJob.h"
#include "client/MemberJob.h"
#include "client/MemberSearchJob.h"
#include "client/RevealPhoneJob.h"
#include "client/SaveItemJob.h"
#include "client/StockChangeJob.h"
#include "support/FixtureServer.h"
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
    void rawBodyGoesAsItIs();
    void rawAnswerIsReadAsBytes();
    void stockChangeRetryKeepsItsKey();
    void itemViolationsPerField();
    void staleItemSaveIsSaid();

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

namespace {
const QByteArray kItemJson = R"({"id": 4, "name": "Speaker", "category": "physicalGift", "pointsPrice": 12000,
    "cashPrice": 0, "tierPrices": [], "minTierRank": 1, "perMemberLimit": 0,
    "periodLimit": {"count": 0, "period": "month"}, "status": "on", "lowStockThreshold": 5, "stock": 9,
    "lowStock": false, "onShelf": true, "priceBand": "high", "version": 3,
    "image": {"url": "/v1/items/4/image?v=00aa", "contentType": "image/png", "size": 12}})";
} // namespace

void tst_ApiJob::rawBodyGoesAsItIs()
{
    test::FixtureServer fixtures;
    fixtures.route("PUT", QStringLiteral("/v1/items/4/image"), 200, kItemJson);
    QVERIFY(fixtures.listen());
    ApiClient client;
    client.setBaseUrl(fixtures.baseUrl());
    client.setToken("token");
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QCOMPARE(ItemImageJob::contentTypeOf(png), QByteArray("image/png"));
    QCOMPARE(ItemImageJob::contentTypeOf("\xff\xd8\xff\xe0rest"), QByteArray("image/jpeg"));
    QCOMPARE(ItemImageJob::contentTypeOf(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)), QByteArray("image/webp"));
    QCOMPARE(ItemImageJob::contentTypeOf("GIF89a"), QByteArray());
    auto *job = run(new ItemImageJob(&client, 4, png, "image/png"));
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    QCOMPARE(job->item().id(), qint64(4));
    QCOMPARE(job->item().imageUrl(), QStringLiteral("/v1/items/4/image?v=00aa"));
    const test::FixtureServer::Request sent = fixtures.lastRequest();
    QCOMPARE(sent.body, png);
    QCOMPARE(sent.headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer token"));
    // A JSON request afterwards is still JSON.
    auto *stock =
        run(new StockChangeJob(&client, 4, {3, QStringLiteral("delivery"), StockMovementKind::Inbound}));
    QCOMPARE(fixtures.lastRequest().headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(stock->httpStatus(), 404);
}

void tst_ApiJob::rawAnswerIsReadAsBytes()
{
    test::FixtureServer fixtures;
    const QByteArray bytes("\x89PNG\r\n\x1a\nabcdef", 14);
    fixtures.route("GET", QStringLiteral("/v1/items/4/image"), [bytes](const test::FixtureServer::Request &) {
        return test::FixtureServer::Response{200, bytes, "image/png"};
    });
    QVERIFY(fixtures.listen());
    ApiClient client;
    client.setBaseUrl(fixtures.baseUrl());
    auto *job = run(new ItemImageBytesJob(&client, QStringLiteral("/v1/items/4/image?v=00aa")));
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    QCOMPARE(job->bytes(), bytes);
    QCOMPARE(job->contentType(), QByteArray("image/png"));
    QCOMPARE(fixtures.lastRequest().query.queryItemValue(QStringLiteral("v")), QStringLiteral("00aa"));
}

void tst_ApiJob::stockChangeRetryKeepsItsKey()
{
    test::FixtureServer fixtures;
    int calls = 0;
    fixtures.route(
        "POST", QStringLiteral("/v1/items/4/stock"), [&calls](const test::FixtureServer::Request &) {
            // The first attempt meets a gateway that lost the server; the retry gets through.
            if (++calls == 1)
                return test::FixtureServer::Response{
                    503, R"({"error":{"code":"unavailable","message":"Later."}})"};
            return test::FixtureServer::Response{
                201,
                R"({"movement": {"id": 8, "itemId": 4, "kind": "correction", "delta": -2, "quantityAfter": 7,
                     "reason": "count", "actor": "olga", "createdAt": "2025-03-06T02:30:00.000Z"},
                     "item": )" +
                    kItemJson + "}"};
        });
    QVERIFY(fixtures.listen());
    ApiClient client;
    client.setBaseUrl(fixtures.baseUrl());
    auto *job =
        new StockChangeJob(&client, 4, {-2, QStringLiteral(" count "), StockMovementKind::Correction});
    const QByteArray key = job->idempotencyKey();
    QVERIFY(!key.isEmpty());
    run(job);
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(job->movement().quantityAfter, qint64(7));
    QCOMPARE(job->item().item.stock, qint64(9));
    const QList<test::FixtureServer::Request> sent = fixtures.requests();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).headers.value("idempotency-key"), key);
    QCOMPARE(sent.at(1).headers.value("idempotency-key"), key);
    const QJsonObject body = QJsonDocument::fromJson(sent.at(1).body).object();
    QCOMPARE(body.value(QStringLiteral("delta")).toInt(), -2);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("count"));
    QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("correction"));
    // Another job, another key; a given key is kept.
    auto *other = new StockChangeJob(&client, 4, {1, QStringLiteral("x"), StockMovementKind::Inbound});
    QVERIFY(other->idempotencyKey() != key);
    delete other;
    auto *given =
        new StockChangeJob(&client, 4, {1, QStringLiteral("x"), StockMovementKind::Inbound}, "mine");
    QCOMPARE(given->idempotencyKey(), QByteArray("mine"));
    delete given;
}

void tst_ApiJob::itemViolationsPerField()
{
    test::FixtureServer fixtures;
    fixtures.route(
        "POST", QStringLiteral("/v1/items"), 400,
        R"({"error": {"code": "name_required", "message": "Enter the item's name.", "field": "name",
                       "violations": [
                         {"field": "name", "code": "name_required", "message": "Enter the item's name."},
                         {"field": "tierPrices[0].points", "code": "tier_price_not_below",
                          "message": "A tier price must be above zero and below the points price."}]}})");
    QVERIFY(fixtures.listen());
    ApiClient client;
    client.setBaseUrl(fixtures.baseUrl());
    MallItem item;
    item.pointsPrice = 100;
    item.tierPrices = {{2, 200}};
    item.shelfFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    auto *job = run(new SaveItemJob(&client, item, 25));
    QVERIFY(job->isNew());
    QCOMPARE(job->httpStatus(), 400);
    QCOMPARE(job->violations().size(), 2);
    QCOMPARE(job->violations().at(1).field, QStringLiteral("tierPrices[0].points"));
    QVERIFY(!job->isStale());
    const QJsonObject body = QJsonDocument::fromJson(fixtures.lastRequest().body).object();
    QCOMPARE(body.value(QStringLiteral("initialStock")).toInt(), 25);
    QVERIFY(!body.contains(QStringLiteral("id")));
    QVERIFY(!body.contains(QStringLiteral("stock")));
    QVERIFY(!body.contains(QStringLiteral("version")));
    QVERIFY(!body.contains(QStringLiteral("imageUrl")));
    QCOMPARE(body.value(QStringLiteral("shelfFrom")).toString(), QStringLiteral("2025-01-01T00:00:00.000Z"));
    QVERIFY(body.value(QStringLiteral("shelfUntil")).isNull());
}

void tst_ApiJob::staleItemSaveIsSaid()
{
    test::FixtureServer fixtures;
    fixtures.route("PATCH", QStringLiteral("/v1/items/4"), 409,
                   R"({"error": {"code": "stale_version", "message": "Someone else saved this item."}})");
    QVERIFY(fixtures.listen());
    ApiClient client;
    client.setBaseUrl(fixtures.baseUrl());
    MallItem item;
    item.id = 4;
    item.version = 3;
    item.name = QStringLiteral("Speaker");
    auto *job = run(new SaveItemJob(&client, item));
    QVERIFY(!job->isNew());
    QVERIFY(job->isStale());
    QVERIFY(job->violations().isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(fixtures.lastRequest().body).object();
    QCOMPARE(body.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Speaker"));
    QVERIFY(!body.contains(QStringLiteral("initialStock")));
}

QTEST_GUILESS_MAIN(tst_ApiJob)
#include "tst_apijob.moc"
