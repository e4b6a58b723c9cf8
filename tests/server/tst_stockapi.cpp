#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// POST /v1/items/{id}/stock and GET .../stock-movements: the stock ledger never goes below zero, every
// change is a movement with the count after it, replays change nothing, parallel changes add up.
class TestStockApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inboundAndCorrection();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void belowZeroIsRefusedAndChangesNothing();
    void downToZeroIsFine();
    void replayReturnsTheFirstAnswer();
    void reusedKeyWithAnotherBodyConflicts();
    void concurrentChangesAddUp();
    void movementsAreNewestFirstWithTheCountAfter();
    void changesAreAudited();
    void unknownItemIsNotFound();
    void supportMayReadButNotChange();

private:
    qint64 newItem(const QString &name, qint64 initialStock = 0);
    qint64 stock(qint64 itemId);
    int movements(qint64 itemId) const;
    HttpReply change(qint64 itemId, const QJsonObject &body, const QByteArray &key = {})
    {
        return m_olga->post(stockPath(itemId), body, key);
    }
    static QString stockPath(qint64 itemId) { return QStringLiteral("/v1/items/%1/stock").arg(itemId); }
    static QJsonObject stockChange(qint64 delta, const QString &reason = QStringLiteral("到货入库"),
                                   const QString &kind = {})
    {
        QJsonObject body{{QStringLiteral("delta"), delta}, {QStringLiteral("reason"), reason}};
        if (!kind.isEmpty())
            body.insert(QStringLiteral("kind"), kind);
        return body;
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_olga; // operator: mall.manage
    std::unique_ptr<TestHttp> m_sue;  // support: mall.read
};

void TestStockApi::initTestCase()
{
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    m_olga = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_olga->login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    m_sue = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_sue->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

qint64 TestStockApi::newItem(const QString &name, qint64 initialStock)
{
    const HttpReply reply = m_olga->post(QStringLiteral("/v1/items"),
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("category"), QStringLiteral("physicalGift")},
                                          {QStringLiteral("pointsPrice"), 2000},
                                          {QStringLiteral("status"), QStringLiteral("on")},
                                          {QStringLiteral("initialStock"), initialStock}});
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toInteger() : 0;
}

qint64 TestStockApi::stock(qint64 itemId)
{
    const HttpReply reply = m_sue->get(QStringLiteral("/v1/items/%1").arg(itemId));
    return reply.status == 200 ? reply.json.value(QStringLiteral("stock")).toInteger() : -1;
}

int TestStockApi::movements(qint64 itemId) const
{
    ServerDatabase db(m_server.databasePath());
    return db.value(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE item_id = ?"), {itemId})
        .toInt();
}

void TestStockApi::inboundAndCorrection()
{
    const qint64 id = newItem(QStringLiteral("保温杯"));
    QVERIFY(id > 0);
    const HttpReply in = change(id, stockChange(10));
    QCOMPARE(in.status, 201);
    const QJsonObject movement = in.json.value(QStringLiteral("movement")).toObject();
    QCOMPARE(movement.value(QStringLiteral("kind")).toString(), QStringLiteral("inbound"));
    QCOMPARE(movement.value(QStringLiteral("delta")).toInteger(), 10);
    QCOMPARE(movement.value(QStringLiteral("quantityAfter")).toInteger(), 10);
    QCOMPARE(movement.value(QStringLiteral("itemId")).toInteger(), id);
    QCOMPARE(movement.value(QStringLiteral("reason")).toString(), QStringLiteral("到货入库"));
    QCOMPARE(movement.value(QStringLiteral("actor")).toString(), QStringLiteral("olga"));
    QVERIFY(!movement.contains(QStringLiteral("redemptionId")));
    QVERIFY(!movement.value(QStringLiteral("createdAt")).toString().isEmpty());
    const QJsonObject item = in.json.value(QStringLiteral("item")).toObject();
    QCOMPARE(item.value(QStringLiteral("stock")).toInteger(), 10);
    QCOMPARE(item.value(QStringLiteral("version")).toInteger(), 1); // stock is not an edit

    const HttpReply counted =
        change(id, stockChange(-3, QStringLiteral("盘点差异"), QStringLiteral("correction")));
    QCOMPARE(counted.status, 201);
    QCOMPARE(counted.json.value(QStringLiteral("movement"))
                 .toObject()
                 .value(QStringLiteral("quantityAfter"))
                 .toInteger(),
             7);
    // Without a kind a negative change is a correction, a positive one an inbound.
    const HttpReply implied = change(id, stockChange(-2, QStringLiteral("破损")));
    QCOMPARE(implied.status, 201);
    QCOMPARE(
        implied.json.value(QStringLiteral("movement")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("correction"));
    const HttpReply up = change(id, stockChange(4, QStringLiteral("盘盈"), QStringLiteral("correction")));
    QCOMPARE(up.status, 201);
    QCOMPARE(stock(id), 9);
    QCOMPARE(movements(id), 4);
}

void TestStockApi::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("zero") << QByteArray(R"({"delta":0,"reason":"x"})") << "delta_zero"
                          << "delta";
    QTest::addRow("fraction") << QByteArray(R"({"delta":1.5,"reason":"x"})") << "delta_not_integer"
                              << "delta";
    QTest::addRow("no delta") << QByteArray(R"({"reason":"x"})") << "delta_not_integer"
                              << "delta";
    QTest::addRow("too large") << QByteArray(R"({"delta":1000001,"reason":"x"})") << "delta_too_large"
                               << "delta";
    QTest::addRow("inbound taking away")
        << QByteArray(R"({"delta":-1,"reason":"x","kind":"inbound"})") << "inbound_not_positive"
        << "delta";
    QTest::addRow("no reason") << QByteArray(R"({"delta":5})") << "reason_required"
                               << "reason";
    QTest::addRow("blank reason") << QByteArray(R"({"delta":5,"reason":"   "})") << "reason_required"
                                  << "reason";
    QTest::addRow("reason too long") << R"({"delta":5,"reason":")" + QByteArray(201, 'x') + "\"}"
                                     << "reason_too_long"
                                     << "reason";
    QTest::addRow("reservation is the redemptions'")
        << QByteArray(R"({"delta":-1,"reason":"x","kind":"reservation"})") << "kind_not_manual"
        << "kind";
    QTest::addRow("unknown kind") << QByteArray(R"({"delta":1,"reason":"x","kind":"gift"})")
                                  << "kind_not_manual"
                                  << "kind";
}

void TestStockApi::validationNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    static const qint64 id = newItem(QStringLiteral("校验库存"), 5);
    const HttpReply reply = m_olga->send("POST", stockPath(id), body, {{"Accept-Language", "en"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(stock(id), 5);
    QCOMPARE(movements(id), 1);
}

void TestStockApi::belowZeroIsRefusedAndChangesNothing()
{
    const qint64 id = newItem(QStringLiteral("紧俏"), 7);
    ServerDatabase db(m_server.databasePath());
    const int audits =
        db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'item.stock'")).toInt();
    const HttpReply reply =
        m_olga->send("POST", stockPath(id),
                     QJsonDocument(stockChange(-8, QStringLiteral("盘亏"))).toJson(QJsonDocument::Compact),
                     {{"Accept-Language", "en"}, {"Idempotency-Key", "below-zero"}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("stock_negative"));
    QCOMPARE(reply.errorField(), QStringLiteral("delta"));
    const QString message =
        reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1Char('7')), qPrintable(message));
    QCOMPARE(stock(id), 7);
    QCOMPARE(movements(id), 1);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'item.stock'")).toInt(),
             audits);
    // A refusal keeps no key: the same key works once the request can.
    QCOMPARE(change(id, stockChange(-7, QStringLiteral("盘亏")), "below-zero").status, 201);
}

void TestStockApi::downToZeroIsFine()
{
    const qint64 id = newItem(QStringLiteral("清仓"), 3);
    const HttpReply reply = change(id, stockChange(-3, QStringLiteral("清仓盘点")));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QStringLiteral("movement"))
                 .toObject()
                 .value(QStringLiteral("quantityAfter"))
                 .toInteger(),
             0);
    const QJsonObject item = reply.json.value(QStringLiteral("item")).toObject();
    QCOMPARE(item.value(QStringLiteral("stock")).toInteger(), 0);
    QCOMPARE(item.value(QStringLiteral("lowStock")).toBool(), true);
    QCOMPARE(change(id, stockChange(-1, QStringLiteral("再减"))).status, 422);
}

void TestStockApi::replayReturnsTheFirstAnswer()
{
    const qint64 id = newItem(QStringLiteral("重放"), 1);
    const HttpReply first = change(id, stockChange(20), "stock-replay-1");
    QCOMPARE(first.status, 201);
    const HttpReply second = change(id, stockChange(20), "stock-replay-1");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(stock(id), 21);
    QCOMPARE(movements(id), 2);
}

void TestStockApi::reusedKeyWithAnotherBodyConflicts()
{
    const qint64 id = newItem(QStringLiteral("冲突"), 1);
    QCOMPARE(change(id, stockChange(5), "stock-conflict").status, 201);
    const HttpReply other = change(id, stockChange(6), "stock-conflict");
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), QStringLiteral("idempotency_conflict"));
    const qint64 otherId = newItem(QStringLiteral("冲突二"), 1);
    QCOMPARE(change(otherId, stockChange(5), "stock-conflict").status, 409);
    QCOMPARE(stock(id), 6);
    QCOMPARE(stock(otherId), 1);
}

void TestStockApi::concurrentChangesAddUp()
{
    const qint64 id = newItem(QStringLiteral("并发"), 100);
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    constexpr int kRequests = 50;
    for (int i = 0; i < kRequests; ++i) {
        QUrl url = m_server.baseUrl();
        url.setPath(stockPath(id));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_olga->token());
        request.setRawHeader("Idempotency-Key", "parallel-" + QByteArray::number(i));
        // Every fifth takes one away: the result is exact either way.
        const QJsonObject body = i % 5 == 4 ? stockChange(-1, QStringLiteral("盘亏")) : stockChange(1);
        replies.append(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
    }
    const qint64 expected = 100 + 40 - 10;
    QCOMPARE(stock(id), expected);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT SUM(delta) FROM stock_movements WHERE item_id = ?"), {id})
                 .toLongLong(),
             expected);
    // Each movement starts where the one before it ended.
    qint64 running = 0;
    for (const QVariantList &row :
         db.rows(QStringLiteral(
                     "SELECT delta, quantity_after FROM stock_movements WHERE item_id = ? ORDER BY id"),
                 {id})) {
        running += row.at(0).toLongLong();
        QCOMPARE(row.at(1).toLongLong(), running);
    }
    QCOMPARE(movements(id), kRequests + 1);
}

void TestStockApi::movementsAreNewestFirstWithTheCountAfter()
{
    const qint64 id = newItem(QStringLiteral("流水"), 10);
    for (const qint64 delta : {5, -2, 7, -10, 1})
        QCOMPARE(change(id, stockChange(delta, QStringLiteral("流水测试"))).status, 201);
    QList<QJsonObject> seen;
    QString path = QStringLiteral("/v1/items/%1/stock-movements?limit=4").arg(id);
    while (!path.isEmpty()) {
        const HttpReply page = m_sue->get(path);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &value : page.json.value(QStringLiteral("items")).toArray())
            seen.append(value.toObject());
        const QJsonValue cursor = page.json.value(QStringLiteral("nextCursor"));
        path = cursor.isNull() ? QString()
                               : QStringLiteral("/v1/items/%1/stock-movements?limit=4&cursor=%2")
                                     .arg(id)
                                     .arg(cursor.toString());
    }
    QCOMPARE(seen.size(), 6);
    const QList<qint64> deltas{1, -10, 7, -2, 5, 10};
    const QList<qint64> after{11, 10, 20, 13, 15, 10};
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).value(QStringLiteral("delta")).toInteger(), deltas.at(i));
        QCOMPARE(seen.at(i).value(QStringLiteral("quantityAfter")).toInteger(), after.at(i));
        if (i > 0)
            QVERIFY(seen.at(i).value(QStringLiteral("id")).toInteger() <
                    seen.at(i - 1).value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(seen.constLast().value(QStringLiteral("reason")).toString(), QStringLiteral("initial stock"));
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/%1/stock-movements?limit=0").arg(id)).status, 400);
}

void TestStockApi::changesAreAudited()
{
    const qint64 id = newItem(QStringLiteral("审计库存"), 4);
    const HttpReply reply = change(id, stockChange(6, QStringLiteral("供应商补货")));
    QCOMPARE(reply.status, 201);
    ServerDatabase db(m_server.databasePath());
    const QVariantList row =
        db.rows(QStringLiteral("SELECT actor_name, entity, entity_id, before_json, after_json FROM audit_log "
                               "WHERE action = 'item.stock' AND entity_id = ? ORDER BY id DESC"),
                {QString::number(id)})
            .value(0);
    QCOMPARE(row.size(), 5);
    QCOMPARE(row.at(0).toString(), QStringLiteral("olga"));
    QCOMPARE(row.at(1).toString(), QStringLiteral("item"));
    const QJsonObject before = QJsonDocument::fromJson(row.at(3).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(row.at(4).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("stock")).toInteger(), 4);
    QCOMPARE(after.value(QStringLiteral("stock")).toInteger(), 10);
    QCOMPARE(after.value(QStringLiteral("delta")).toInteger(), 6);
    QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("inbound"));
    QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("供应商补货"));
    QCOMPARE(after.value(QStringLiteral("movementId")).toInteger(),
             reply.json.value(QStringLiteral("movement")).toObject().value(QStringLiteral("id")).toInteger());
}

void TestStockApi::unknownItemIsNotFound()
{
    QCOMPARE(change(99999, stockChange(1)).status, 404);
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/99999/stock-movements")).status, 404);
    QCOMPARE(change(0, stockChange(1)).status, 404);
}

void TestStockApi::supportMayReadButNotChange()
{
    const qint64 id = newItem(QStringLiteral("客服看库存"), 2);
    const HttpReply reply = m_sue->post(stockPath(id), stockChange(5));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(stock(id), 2);
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/%1/stock-movements").arg(id)).status, 200);
}

QTEST_GUILESS_MAIN(TestStockApi)
#include "tst_stockapi.moc"
