// The job layer against a real loyalty-server: typed answers, refusals with the server's sentence and
// field, idempotent replays, retries, and what a person reads when the server is away. The mall's jobs
// too: a raw image body goes as it is with its own Content-Type and comes back byte for byte, a stock
// change keeps its Idempotency-Key when its answer is lost on the way (the server then replays the first
// movement instead of moving stock twice), an item's refusal carries a violation per field, and a save
// over someone else's is said to be stale.
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
#include "support/RequestLog.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::RequestLog;
using loyalty::test::TestHttp;
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
    // An item created by the operator through POST /v1/items; its JSON as the server answered.
    QJsonObject createItem(const QString &name, int initialStock = 9);

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

QJsonObject tst_ApiJob::createItem(const QString &name, int initialStock)
{
    TestHttp ops(m_server.baseUrl());
    if (ops.login(QStringLiteral("ops"), QString::fromLatin1(TestServer::kPassword)).status != 200)
        return {};
    const HttpReply created =
        ops.post(QStringLiteral("/v1/items"), {{QStringLiteral("name"), name},
                                               {QStringLiteral("category"), QStringLiteral("physicalGift")},
                                               {QStringLiteral("pointsPrice"), 12000},
                                               {QStringLiteral("status"), QStringLiteral("on")},
                                               {QStringLiteral("lowStockThreshold"), 5},
                                               {QStringLiteral("initialStock"), initialStock}});
    return created.status == 201 ? created.json : QJsonObject();
}

namespace {
// The first bytes of a PNG (the server checks the magic bytes against the Content-Type), then filler.
QByteArray pngBytes()
{
    return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(100, 'p');
}
} // namespace

void tst_ApiJob::rawBodyGoesAsItIs()
{
    const qint64 id = createItem(QStringLiteral("Speaker")).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    ApiClient client;
    signIn(client, QStringLiteral("ops"));
    RequestLog sent(client);
    const QByteArray png = pngBytes();
    QCOMPARE(ItemImageJob::contentTypeOf(png), QByteArray("image/png"));
    QCOMPARE(ItemImageJob::contentTypeOf("\xff\xd8\xff\xe0rest"), QByteArray("image/jpeg"));
    QCOMPARE(ItemImageJob::contentTypeOf(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)), QByteArray("image/webp"));
    QCOMPARE(ItemImageJob::contentTypeOf("GIF89a"), QByteArray());
    auto *job = run(new ItemImageJob(&client, id, png, "image/png"));
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    QCOMPARE(job->item().id(), id);
    const QString prefix = QStringLiteral("/v1/items/%1/image?v=").arg(id);
    QVERIFY2(job->item().imageUrl().startsWith(prefix), qPrintable(job->item().imageUrl()));
    const QByteArray sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex();
    QVERIFY(sha.startsWith(job->item().imageUrl().mid(prefix.size()).toLatin1()));
    QCOMPARE(job->item().item.image->contentType, QStringLiteral("image/png"));
    QCOMPARE(job->item().item.image->size, qint64(png.size()));
    QCOMPARE(sent.last().method, QByteArray("PUT"));
    QCOMPARE(sent.last().path(), QStringLiteral("/v1/items/%1/image").arg(id));
    QCOMPARE(sent.last().request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("image/png"));
    QCOMPARE(sent.last().header("Authorization"), "Bearer " + client.token());
    // The server keeps exactly the bytes that went.
    TestHttp http(m_server.baseUrl());
    http.setToken(client.token());
    const HttpReply stored = http.get(prefix.left(prefix.indexOf(QLatin1Char('?'))));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.body, png);
    // The Content-Type goes as the job was given it: PNG bytes declared as JPEG are refused.
    auto *mislabelled = run(new ItemImageJob(&client, id, png, "image/jpeg"));
    QCOMPARE(mislabelled->httpStatus(), 415);
    QCOMPARE(mislabelled->error().code, QStringLiteral("image_type"));
    // A JSON request afterwards is still JSON.
    auto *stock =
        run(new StockChangeJob(&client, id, {3, QStringLiteral("delivery"), StockMovementKind::Inbound}));
    QVERIFY2(stock->succeeded(), qPrintable(stock->errorText()));
    QCOMPARE(sent.last().request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QCOMPARE(stock->item().item.stock, qint64(12));
    QCOMPARE(stock->movement().delta, qint64(3));
}

void tst_ApiJob::rawAnswerIsReadAsBytes()
{
    const qint64 id = createItem(QStringLiteral("Lamp")).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    TestHttp ops(m_server.baseUrl());
    QCOMPARE(ops.login(QStringLiteral("ops"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const QByteArray bytes = pngBytes() + "abcdef";
    const HttpReply uploaded =
        ops.send("PUT", QStringLiteral("/v1/items/%1/image").arg(id), bytes, {{"Content-Type", "image/png"}});
    QCOMPARE(uploaded.status, 200);
    const QString url =
        uploaded.json.value(QStringLiteral("image")).toObject().value(QStringLiteral("url")).toString();
    QVERIFY(url.contains(QStringLiteral("?v=")));
    ApiClient client;
    signIn(client, QStringLiteral("agent")); // mall.read is enough
    RequestLog sent(client);
    auto *job = run(new ItemImageBytesJob(&client, url));
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    QCOMPARE(job->bytes(), bytes);
    QCOMPARE(job->contentType(), QByteArray("image/png"));
    QCOMPARE(sent.last().query().queryItemValue(QStringLiteral("v")), url.section(QStringLiteral("?v="), 1));
}

void tst_ApiJob::stockChangeRetryKeepsItsKey()
{
    const qint64 id = createItem(QStringLiteral("Kettle"), 9).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    // Between the console and the real server, a link that loses the first answer after the server
    // has acted on the request (the write is done, the console does not hear of it). Each connection's
    // Idempotency-Key is noted as it passes.
    QTcpServer link;
    QVERIFY(link.listen(QHostAddress::LocalHost));
    QList<QByteArray> keysSeen;
    int connections = 0;
    connect(&link, &QTcpServer::newConnection, &link, [&] {
        while (QTcpSocket *console = link.nextPendingConnection()) {
            const bool loseAnswer = ++connections == 1;
            auto *server = new QTcpSocket(console);
            server->connectToHost(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()));
            connect(console, &QTcpSocket::readyRead, server, [console, server, &keysSeen] {
                const QByteArray bytes = console->readAll();
                for (const QByteArray &line : bytes.split('\n')) {
                    if (line.toLower().startsWith("idempotency-key:"))
                        keysSeen.append(line.mid(16).trimmed());
                }
                server->write(bytes);
            });
            connect(server, &QTcpSocket::readyRead, console, [console, server, loseAnswer] {
                const QByteArray bytes = server->readAll();
                if (loseAnswer)
                    console->abort();
                else
                    console->write(bytes);
            });
            connect(server, &QTcpSocket::disconnected, console, &QTcpSocket::disconnectFromHost);
        }
    });
    ApiClient client;
    signIn(client, QStringLiteral("ops"));
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(link.serverPort())));
    auto *job =
        new StockChangeJob(&client, id, {-2, QStringLiteral(" count "), StockMovementKind::Correction});
    const QByteArray key = job->idempotencyKey();
    QVERIFY(!key.isEmpty());
    run(job);
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    QVERIFY(connections >= 2);
    QVERIFY(keysSeen.size() >= 2);
    for (const QByteArray &seen : std::as_const(keysSeen))
        QCOMPARE(seen, key);
    // The server moved the stock once: the second attempt got the first attempt's movement back.
    QCOMPARE(job->movement().quantityAfter, qint64(7));
    QCOMPARE(job->movement().reason, QStringLiteral("count"));
    QCOMPARE(job->movement().kind, StockMovementKind::Correction);
    QCOMPARE(job->item().item.stock, qint64(7));
    TestHttp http(m_server.baseUrl());
    http.setToken(client.token());
    const HttpReply movements = http.get(QStringLiteral("/v1/items/%1/stock-movements").arg(id));
    QCOMPARE(movements.status, 200);
    const QJsonArray rows = movements.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(rows.size(), 2); // the initial stock and one correction
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInteger(), job->movement().id);
    QCOMPARE(http.get(QStringLiteral("/v1/items/%1").arg(id)).json.value(QStringLiteral("stock")).toInteger(),
             7);

    // Straight to the server: the same job's key sent again is replayed, not moved again.
    client.setBaseUrl(m_server.baseUrl());
    auto *given = run(new StockChangeJob(
        &client, id, {1, QStringLiteral("found one"), StockMovementKind::Correction}, "mine"));
    QCOMPARE(given->idempotencyKey(), QByteArray("mine"));
    QVERIFY2(given->succeeded(), qPrintable(given->errorText()));
    auto *again = run(new StockChangeJob(
        &client, id, {1, QStringLiteral("found one"), StockMovementKind::Correction}, "mine"));
    QVERIFY(again->succeeded());
    QCOMPARE(again->movement().id, given->movement().id);
    QCOMPARE(again->item().item.stock, qint64(8));
    // Another job, another key.
    auto *other = new StockChangeJob(&client, id, {1, QStringLiteral("x"), StockMovementKind::Inbound});
    QVERIFY(other->idempotencyKey() != key);
    QVERIFY(!other->idempotencyKey().isEmpty());
    delete other;
}

void tst_ApiJob::itemViolationsPerField()
{
    ApiClient client;
    signIn(client, QStringLiteral("ops"));
    client.setLanguage(QStringLiteral("en"));
    RequestLog sent(client);
    MallItem item;
    item.pointsPrice = 100;
    item.tierPrices = {{2, 200}};
    item.shelfFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    // What goes: the editable fields, none the server keeps itself.
    const QJsonObject body = SaveItemJob::bodyFor(item);
    QVERIFY(!body.contains(QStringLiteral("id")));
    QVERIFY(!body.contains(QStringLiteral("stock")));
    QVERIFY(!body.contains(QStringLiteral("version")));
    QVERIFY(!body.contains(QStringLiteral("imageUrl")));
    QCOMPARE(body.value(QStringLiteral("shelfFrom")).toString(), QStringLiteral("2025-01-01T00:00:00.000Z"));
    QVERIFY(body.value(QStringLiteral("shelfUntil")).isNull());

    // No name and a tier price above the points price: the server names both.
    auto *job = run(new SaveItemJob(&client, item, 25));
    QVERIFY(job->isNew());
    QCOMPARE(job->httpStatus(), 400);
    QCOMPARE(sent.last().method, QByteArray("POST"));
    QCOMPARE(sent.last().path(), QStringLiteral("/v1/items"));
    QCOMPARE(job->error().field, QStringLiteral("name"));
    QCOMPARE(job->violations().size(), 2);
    QCOMPARE(job->violations().at(0).field, QStringLiteral("name"));
    QCOMPARE(job->violations().at(0).message, QStringLiteral("Enter the item's name."));
    QCOMPARE(job->violations().at(1).field, QStringLiteral("tierPrices[0].points"));
    QVERIFY(!job->violations().at(1).message.isEmpty());
    QVERIFY(!job->isStale());

    // Put right, it is created with its initial stock and schedule.
    item.name = QStringLiteral("  保温杯 ");
    item.tierPrices = {{2, 90}};
    auto *saved = run(new SaveItemJob(&client, item, 25));
    QVERIFY2(saved->succeeded(), qPrintable(saved->errorText()));
    QCOMPARE(saved->httpStatus(), 201);
    QVERIFY(saved->saved().id() > 0);
    QCOMPARE(saved->saved().item.stock, qint64(25));
    QCOMPARE(saved->saved().item.shelfFrom, item.shelfFrom);
    QVERIFY(!saved->saved().item.shelfUntil.isValid());
    QCOMPARE(saved->saved().item.version, qint64(1));
}

void tst_ApiJob::staleItemSaveIsSaid()
{
    const QJsonObject created = createItem(QStringLiteral("Speaker"));
    const qint64 id = created.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    MallItem item = CatalogueItem::fromJson(created).item;
    // Someone else saves the item after this editor read it.
    TestHttp other(m_server.baseUrl());
    QCOMPARE(other.login(QStringLiteral("ops"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const HttpReply patched =
        other.send("PATCH", QStringLiteral("/v1/items/%1").arg(id),
                   QJsonDocument(QJsonObject{{QStringLiteral("version"), item.version},
                                             {QStringLiteral("name"), QStringLiteral("Speaker (new)")}})
                       .toJson(QJsonDocument::Compact));
    QCOMPARE(patched.status, 200);
    ApiClient client;
    signIn(client, QStringLiteral("ops"));
    RequestLog sent(client);
    item.name = QStringLiteral("Speaker (mine)");
    auto *job = run(new SaveItemJob(&client, item));
    QVERIFY(!job->isNew());
    QCOMPARE(sent.last().method, QByteArray("PATCH"));
    QCOMPARE(sent.last().path(), QStringLiteral("/v1/items/%1").arg(id));
    QCOMPARE(job->httpStatus(), 409);
    QVERIFY(job->isStale());
    // The server names the version as the refusal's field (no field of the editor's is at fault); the
    // editor asks isStale() before it shows violations next to fields.
    QCOMPARE(job->error().field, QStringLiteral("version"));
    for (const ReportedViolation &violation : job->violations())
        QCOMPARE(violation.field, QStringLiteral("version"));
    QVERIFY(!SaveItemJob::bodyFor(item).contains(QStringLiteral("initialStock")));
    // Nothing of this editor's was kept; with the version read again, the save goes through.
    const HttpReply current = other.get(QStringLiteral("/v1/items/%1").arg(id));
    QCOMPARE(current.json.value(QStringLiteral("name")).toString(), QStringLiteral("Speaker (new)"));
    item.version = current.json.value(QStringLiteral("version")).toInteger();
    auto *retry = run(new SaveItemJob(&client, item));
    QVERIFY2(retry->succeeded(), qPrintable(retry->errorText()));
    QCOMPARE(retry->saved().item.name, QStringLiteral("Speaker (mine)"));
    QCOMPARE(retry->saved().item.version, item.version + 1);
}

QTEST_GUILESS_MAIN(tst_ApiJob)
#include "tst_apijob.moc"
