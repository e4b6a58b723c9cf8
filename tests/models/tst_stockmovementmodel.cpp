// An item's stock history over a real loyalty-server: an operator creates an item (its initial stock is
// an inbound movement) and corrects it after a stock-take, a support agent redeems it twice for a demo
// member, ships one and cancels the other, so the item carries one movement of every kind, known
// exactly. Nothing is asked before an item is chosen, pages arrive newest first until there are no more,
// every column reads as the console shows it (signed changes, green in and red out, the redemption a
// movement belongs to), another item starts over, and the server's refusal becomes the error line.
#include "client/ApiClient.h"
#include "models/StockMovementModel.h"
#include "support/RequestLog.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::RequestLog;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_StockMovementModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingBeforeAnItem();
    void pagesArriveNewestFirst();
    void rowTexts_data();
    void rowTexts();
    void rowTextsFromTheServer();
    void changesAreColoured_data();
    void changesAreColoured();
    void anotherItemStartsOver();
    void refusalBecomesTheError();

private:
    void loadAll(StockMovementModel &model);
    void signIn(ApiClient &client);

    TestServer m_server;
    qint64 m_itemId = 0;      // six movements
    qint64 m_otherItemId = 0; // one
    qint64 m_shipped = 0;     // the redemption shipped
    qint64 m_cancelled = 0;   // the redemption cancelled
    QList<QDateTime> m_times; // of the six movements, newest first
};

void tst_StockMovementModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
    QVERIFY(m_server.seedDemo(6));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start({QStringLiteral("--approval-threshold"), QStringLiteral("1000000")}));
    TestHttp olga(m_server.baseUrl());
    QCOMPARE(olga.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    const auto create = [&](const QString &name, int initialStock) -> qint64 {
        const HttpReply created = olga.post(QStringLiteral("/v1/items"),
                                            {{QStringLiteral("name"), name},
                                             {QStringLiteral("category"), QStringLiteral("physicalGift")},
                                             {QStringLiteral("pointsPrice"), 100},
                                             {QStringLiteral("status"), QStringLiteral("on")},
                                             {QStringLiteral("lowStockThreshold"), 2},
                                             {QStringLiteral("initialStock"), initialStock}});
        return created.status == 201 ? created.json.value(QStringLiteral("id")).toInteger() : 0;
    };
    m_itemId = create(QStringLiteral("保温杯"), 10);
    QVERIFY(m_itemId > 0);
    m_otherItemId = create(QStringLiteral("Umbrella"), 5);
    QVERIFY(m_otherItemId > 0);
    const HttpReply corrected = olga.post(QStringLiteral("/v1/items/%1/stock").arg(m_itemId),
                                          {{QStringLiteral("delta"), -2},
                                           {QStringLiteral("reason"), QStringLiteral("盘点差异")},
                                           {QStringLiteral("kind"), QStringLiteral("correction")}},
                                          "stock-take-1");
    QVERIFY2(corrected.status == 201, corrected.body.constData());

    // An active demo member, given points enough for both redemptions.
    const HttpReply members = sue.get(QStringLiteral("/v1/members?limit=50"));
    QCOMPARE(members.status, 200);
    qint64 memberId = 0;
    for (const QJsonValue &value : members.json.value(QStringLiteral("items")).toArray()) {
        if (value.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            memberId = value.toObject().value(QStringLiteral("id")).toInteger();
            break;
        }
    }
    QVERIFY(memberId > 0);
    QCOMPARE(
        sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
                 {{QStringLiteral("amount"), 1000}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                 "points-for-the-mug")
            .status,
        201);
    const auto redeem = [&](const QByteArray &key) -> qint64 {
        const HttpReply placed = sue.post(QStringLiteral("/v1/redemptions"),
                                          {{QStringLiteral("memberId"), memberId},
                                           {QStringLiteral("itemId"), m_itemId},
                                           {QStringLiteral("quantity"), 1}},
                                          key);
        return placed.status == 201 ? placed.json.value(QStringLiteral("id")).toInteger() : 0;
    };
    m_shipped = redeem("mug-1");
    QVERIFY(m_shipped > 0);
    m_cancelled = redeem("mug-2");
    QVERIFY(m_cancelled > 0);
    QCOMPARE(sue.post(QStringLiteral("/v1/redemptions/%1/cancel").arg(m_cancelled),
                      {{QStringLiteral("reason"), QStringLiteral("member asked")}})
                 .status,
             200);
    const HttpReply shipped = sue.post(QStringLiteral("/v1/redemptions/%1/ship").arg(m_shipped),
                                       {{QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                                        {QStringLiteral("trackingNumber"), QStringLiteral("SF1234567890")}});
    QVERIFY2(shipped.status == 200, shipped.body.constData());

    const HttpReply movements =
        sue.get(QStringLiteral("/v1/items/%1/stock-movements?limit=50").arg(m_itemId));
    QCOMPARE(movements.status, 200);
    for (const QJsonValue &value : movements.json.value(QStringLiteral("items")).toArray())
        m_times.append(QDateTime::fromString(value.toObject().value(QStringLiteral("createdAt")).toString(),
                                             Qt::ISODateWithMs));
    QCOMPARE(m_times.size(), 6);
}

void tst_StockMovementModel::loadAll(StockMovementModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
}

void tst_StockMovementModel::signIn(ApiClient &client)
{
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
}

void tst_StockMovementModel::nothingBeforeAnItem()
{
    ApiClient client;
    signIn(client);
    RequestLog sent(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QTest::qWait(50);
    QVERIFY(sent.sent().isEmpty());
}

void tst_StockMovementModel::pagesArriveNewestFirst()
{
    ApiClient client;
    signIn(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RequestLog sent(client);
    model.setPageSize(4);
    model.setItemId(m_itemId);
    QCOMPARE(model.itemId(), m_itemId);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.canFetchMore({}));
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(StockMovementModel::ColumnCount));
    const QList<RequestLog::Sent> requests = sent.sent();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path(), QStringLiteral("/v1/items/%1/stock-movements").arg(m_itemId));
    QCOMPARE(requests.at(0).query().queryItemValue(QStringLiteral("limit")), QStringLiteral("4"));
    QVERIFY(!requests.at(0).query().hasQueryItem(QStringLiteral("cursor")));
    QVERIFY(requests.at(1).query().hasQueryItem(QStringLiteral("cursor")));
    // Newest first, each after the one before it; every movement belongs to the item.
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model.movementAt(row).itemId, m_itemId);
        if (row > 0)
            QVERIFY(model.movementAt(row).id < model.movementAt(row - 1).id);
    }
    // What the item's stock went through, newest first: shipped, released, redeemed twice, corrected,
    // received; each row's stock after is the one before it plus its change.
    const QList<StockMovementKind> kinds{StockMovementKind::Shipment,    StockMovementKind::Release,
                                         StockMovementKind::Reservation, StockMovementKind::Reservation,
                                         StockMovementKind::Correction,  StockMovementKind::Inbound};
    const QList<qint64> deltas{0, 1, -1, -1, -2, 10};
    const QList<qint64> after{7, 7, 6, 7, 8, 10};
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model.movementAt(row).kind, kinds.at(row));
        QCOMPARE(model.movementAt(row).delta, deltas.at(row));
        QCOMPARE(model.movementAt(row).quantityAfter, after.at(row));
    }
    QCOMPARE(model.headerData(StockMovementModel::AfterColumn, Qt::Horizontal).toString(),
             QStringLiteral("Stock after"));
}

void tst_StockMovementModel::rowTexts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    using M = StockMovementModel;
    QTest::addRow("shipped") << 0 << int(M::KindColumn) << QStringLiteral("Shipped");
    QTest::addRow("zero") << 0 << int(M::DeltaColumn) << QStringLiteral("0");
    QTest::addRow("after shipping") << 0 << int(M::AfterColumn) << QStringLiteral("7");
    QTest::addRow("shipped by") << 0 << int(M::ActorColumn) << QStringLiteral("sue");
    QTest::addRow("released") << 1 << int(M::KindColumn) << QStringLiteral("Released");
    QTest::addRow("plus one") << 1 << int(M::DeltaColumn) << QStringLiteral("+1");
    QTest::addRow("redeemed") << 2 << int(M::KindColumn) << QStringLiteral("Redeemed");
    QTest::addRow("minus one") << 2 << int(M::DeltaColumn) << QStringLiteral("-1");
    QTest::addRow("after") << 2 << int(M::AfterColumn) << QStringLiteral("6");
    QTest::addRow("redeemed by") << 2 << int(M::ActorColumn) << QStringLiteral("sue");
    QTest::addRow("correction") << 4 << int(M::KindColumn) << QStringLiteral("Correction");
    QTest::addRow("minus two") << 4 << int(M::DeltaColumn) << QStringLiteral("-2");
    QTest::addRow("chinese reason") << 4 << int(M::ReasonColumn) << QStringLiteral("盘点差异");
    QTest::addRow("no redemption") << 4 << int(M::RedemptionColumn) << QString();
    QTest::addRow("corrected by") << 4 << int(M::ActorColumn) << QStringLiteral("olga");
    QTest::addRow("inbound") << 5 << int(M::KindColumn) << QStringLiteral("Inbound");
    QTest::addRow("plus ten") << 5 << int(M::DeltaColumn) << QStringLiteral("+10");
    QTest::addRow("received") << 5 << int(M::AfterColumn) << QStringLiteral("10");
}

void tst_StockMovementModel::rowTexts()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    ApiClient client;
    signIn(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(m_itemId);
    loadAll(model);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

// The cells that depend on what the server assigned: the time, local and short, and the redemption.
void tst_StockMovementModel::rowTextsFromTheServer()
{
    ApiClient client;
    signIn(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(m_itemId);
    loadAll(model);
    QCOMPARE(model.rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model.movementAt(row).createdAt, m_times.at(row));
        QCOMPARE(model.index(row, StockMovementModel::TimeColumn).data().toString(),
                 QLocale().toString(m_times.at(row).toLocalTime(), QLocale::ShortFormat));
    }
    const QList<qint64> redemptions{m_shipped, m_cancelled, m_cancelled, m_shipped, 0, 0};
    for (int row = 0; row < 6; ++row)
        QCOMPARE(model.index(row, StockMovementModel::RedemptionColumn).data().toString(),
                 redemptions.at(row) ? QStringLiteral("#%1").arg(redemptions.at(row)) : QString());
    QCOMPARE(model.index(5, StockMovementModel::ReasonColumn).data().toString(),
             QStringLiteral("initial stock"));
}

void tst_StockMovementModel::changesAreColoured_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QColor>("colour");
    QTest::addRow("zero is plain") << 0 << QColor();
    QTest::addRow("released is green") << 1 << QColor(0x1e, 0x84, 0x49);
    QTest::addRow("redeemed is red") << 2 << QColor(0xc0, 0x39, 0x2b);
    QTest::addRow("corrected down is red") << 4 << QColor(0xc0, 0x39, 0x2b);
    QTest::addRow("inbound is green") << 5 << QColor(0x1e, 0x84, 0x49);
}

void tst_StockMovementModel::changesAreColoured()
{
    QFETCH(int, row);
    QFETCH(QColor, colour);
    ApiClient client;
    signIn(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(m_itemId);
    loadAll(model);
    const QVariant brush = model.index(row, StockMovementModel::DeltaColumn).data(Qt::ForegroundRole);
    QCOMPARE(brush.isValid(), colour.isValid());
    if (colour.isValid())
        QCOMPARE(brush.value<QBrush>().color(), colour);
    QCOMPARE(model.index(row, StockMovementModel::DeltaColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_StockMovementModel::anotherItemStartsOver()
{
    ApiClient client;
    signIn(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(m_itemId);
    loadAll(model);
    QCOMPARE(model.rowCount(), 6);
    model.setItemId(m_otherItemId);
    loadAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.movementAt(0).itemId, m_otherItemId);
    QCOMPARE(model.movementAt(0).kind, StockMovementKind::Inbound);
    QCOMPARE(model.movementAt(0).quantityAfter, qint64(5));
    model.setItemId(0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_StockMovementModel::refusalBecomesTheError()
{
    ApiClient client;
    signIn(client);
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    // An item that does not exist: the server's own sentence, in the client's language, is the error.
    client.setLanguage(QStringLiteral("en"));
    const QString path = QStringLiteral("/v1/items/%1/stock-movements").arg(m_otherItemId + 1000);
    TestHttp http(m_server.baseUrl());
    http.setToken(client.token());
    const HttpReply refused = http.send("GET", path, {}, {{"Accept-Language", "en"}});
    QCOMPARE(refused.status, 404);
    const QString sentence =
        refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY(!sentence.isEmpty());
    model.setItemId(m_otherItemId + 1000);
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.lastError(), sentence);
    QCOMPARE(errors.first().first().toString(), sentence);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(tst_StockMovementModel)
#include "tst_stockmovementmodel.moc"
