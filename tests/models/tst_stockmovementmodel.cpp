// An item's stock history against JSON fixtures served over HTTP: nothing is asked before an item is
// chosen, pages arrive newest first until there are no more, every column reads as the console shows
// it (signed changes, green in and red out, the redemption a movement belongs to), and another item
// starts over.
#include "client/ApiClient.h"
#include "models/StockMovementModel.h"
#include "support/FixtureServer.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::FixtureServer;

class tst_StockMovementModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingBeforeAnItem();
    void pagesArriveNewestFirst();
    void rowTexts_data();
    void rowTexts();
    void changesAreColoured_data();
    void changesAreColoured();
    void anotherItemStartsOver();
    void refusalBecomesTheError();

private:
    void loadAll(StockMovementModel &model);

    FixtureServer m_server;
    QJsonArray m_movements;
};

void tst_StockMovementModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
    m_movements =
        QJsonDocument::fromJson(FixtureServer::readFile(QFINDTESTDATA("fixtures/stock-movements.json")))
            .array();
    QCOMPARE(m_movements.size(), 4);
    m_server.route(
        "GET", QStringLiteral("/v1/items/5/stock-movements"), [this](const FixtureServer::Request &request) {
            const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
            const int from = request.query.queryItemValue(QStringLiteral("cursor")).toInt();
            QJsonArray page;
            for (int i = from; i < m_movements.size() && i < from + limit; ++i)
                page.append(m_movements.at(i));
            const int next = from + limit;
            const QJsonObject answer{{QStringLiteral("items"), page},
                                     {QStringLiteral("nextCursor"), next < m_movements.size()
                                                                        ? QJsonValue(QString::number(next))
                                                                        : QJsonValue()}};
            return FixtureServer::Response{200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
        });
    m_server.route("GET", QStringLiteral("/v1/items/6/stock-movements"), 200,
                   R"({"items": [{"id": 1, "itemId": 6, "kind": "inbound", "delta": 5, "quantityAfter": 5,
                       "reason": "initial stock", "actor": "olga", "createdAt": "2025-01-01T00:00:00.000Z"}],
                       "nextCursor": null})");
    m_server.route("GET", QStringLiteral("/v1/items/7/stock-movements"), 403,
                   R"({"error": {"code": "forbidden", "message": "Your role may not read the mall."}})");
    QVERIFY(m_server.listen());
}

void tst_StockMovementModel::loadAll(StockMovementModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
}

void tst_StockMovementModel::nothingBeforeAnItem()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_server.clearRequests();
    model.setItemId(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QTest::qWait(50);
    QVERIFY(m_server.requests().isEmpty());
}

void tst_StockMovementModel::pagesArriveNewestFirst()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setItemId(5);
    QCOMPARE(model.itemId(), qint64(5));
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(StockMovementModel::ColumnCount));
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model.movementAt(row).id, qint64(9 - row));
    QCOMPARE(model.headerData(StockMovementModel::AfterColumn, Qt::Horizontal).toString(),
             QStringLiteral("Stock after"));
}

void tst_StockMovementModel::rowTexts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    using M = StockMovementModel;
    QTest::addRow("time") << 0 << int(M::TimeColumn) << QStringLiteral("3/6/25 3:00 AM");
    QTest::addRow("redeemed") << 0 << int(M::KindColumn) << QStringLiteral("Redeemed");
    QTest::addRow("minus one") << 0 << int(M::DeltaColumn) << QStringLiteral("-1");
    QTest::addRow("after") << 0 << int(M::AfterColumn) << QStringLiteral("3");
    QTest::addRow("redemption") << 0 << int(M::RedemptionColumn) << QStringLiteral("#77");
    QTest::addRow("member") << 0 << int(M::ActorColumn) << QStringLiteral("member");
    QTest::addRow("correction") << 1 << int(M::KindColumn) << QStringLiteral("Correction");
    QTest::addRow("chinese reason") << 1 << int(M::ReasonColumn) << QStringLiteral("盘点差异");
    QTest::addRow("no redemption") << 1 << int(M::RedemptionColumn) << QString();
    QTest::addRow("shipped") << 2 << int(M::KindColumn) << QStringLiteral("Shipped");
    QTest::addRow("zero") << 2 << int(M::DeltaColumn) << QStringLiteral("0");
    QTest::addRow("inbound") << 3 << int(M::KindColumn) << QStringLiteral("Inbound");
    QTest::addRow("plus ten") << 3 << int(M::DeltaColumn) << QStringLiteral("+10");
}

void tst_StockMovementModel::rowTexts()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(5);
    loadAll(model);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void tst_StockMovementModel::changesAreColoured_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QColor>("colour");
    QTest::addRow("out is red") << 0 << QColor(0xc0, 0x39, 0x2b);
    QTest::addRow("zero is plain") << 2 << QColor();
    QTest::addRow("in is green") << 3 << QColor(0x1e, 0x84, 0x49);
}

void tst_StockMovementModel::changesAreColoured()
{
    QFETCH(int, row);
    QFETCH(QColor, colour);
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(5);
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
    client.setBaseUrl(m_server.baseUrl());
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemId(5);
    loadAll(model);
    QCOMPARE(model.rowCount(), 4);
    model.setItemId(6);
    loadAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.movementAt(0).itemId, qint64(6));
    model.setItemId(0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_StockMovementModel::refusalBecomesTheError()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    StockMovementModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setItemId(7);
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.lastError(), QStringLiteral("Your role may not read the mall."));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_StockMovementModel)
#include "tst_stockmovementmodel.moc"
