// The Mall pane's catalogue model against JSON fixtures served over HTTP (the REST contract of the
// mall): pages arrive in the server's order until there are no more, every column reads as the
// console shows it, low-stock rows stand out with a tooltip saying why, filters go to the server (so
// they cover the whole catalogue, not the loaded page), an item answered after a change replaces its
// row, and the export writes every row the filter lets through.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/MallItemExporter.h"
#include "models/MallItemModel.h"
#include "support/FixtureServer.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;
using loyalty::test::FixtureServer;

class tst_MallItemModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesArriveNewestFirst();
    void rowTexts_data();
    void rowTexts();
    void lowStockStandsOut_data();
    void lowStockStandsOut();
    void filtersGoToTheServer_data();
    void filtersGoToTheServer();
    void tierNamesFromTheLadder();
    void answeredItemReplacesItsRow();
    void unreachableServerSaysSo();
    void exportWritesEveryFilteredRow();

private:
    void loadAll(MallItemModel &model);

    FixtureServer m_server;
    QJsonArray m_items;
};

void tst_MallItemModel::initTestCase()
{
    qputenv("TZ", "UTC"); // the schedule's times read in local time
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_items =
        QJsonDocument::fromJson(FixtureServer::readFile(QFINDTESTDATA("fixtures/mall-items.json"))).array();
    QCOMPARE(m_items.size(), 5);
    // Like the server: filters narrow the whole catalogue, then it is paged by ?limit and ?cursor.
    m_server.route("GET", QStringLiteral("/v1/items"), [this](const FixtureServer::Request &request) {
        QJsonArray matching;
        for (const QJsonValue &value : std::as_const(m_items)) {
            const QJsonObject item = value.toObject();
            const auto wants = [&](const char *key, const QString &actual) {
                const QString wanted = request.query.queryItemValue(QLatin1String(key));
                return wanted.isEmpty() || wanted == actual;
            };
            const QString shelf = request.query.queryItemValue(QStringLiteral("shelf"));
            if (!wants("category", item.value(QStringLiteral("category")).toString()) ||
                !wants("band", item.value(QStringLiteral("priceBand")).toString()) ||
                (request.query.hasQueryItem(QStringLiteral("lowStock")) &&
                 !item.value(QStringLiteral("lowStock")).toBool()) ||
                (shelf == QLatin1String("onShelf") && !item.value(QStringLiteral("onShelf")).toBool()) ||
                (!shelf.isEmpty() && shelf != QLatin1String("onShelf") &&
                 item.value(QStringLiteral("status")).toString() != shelf))
                continue;
            matching.append(item);
        }
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        const int from = request.query.queryItemValue(QStringLiteral("cursor")).toInt();
        QJsonArray page;
        for (int i = from; i < matching.size() && i < from + limit; ++i)
            page.append(matching.at(i));
        const int next = from + limit;
        const QJsonObject answer{{QStringLiteral("items"), page},
                                 {QStringLiteral("nextCursor"),
                                  next < matching.size() ? QJsonValue(QString::number(next)) : QJsonValue()}};
        return FixtureServer::Response{200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
    });
    QVERIFY(m_server.listen());
}

void tst_MallItemModel::loadAll(MallItemModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
}

void tst_MallItemModel::pagesArriveNewestFirst()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    ConnectionMonitor connection(&client);
    MallItemModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(MallItemModel::ColumnCount));
    model.setPageSize(2); // three pages
    m_server.clearRequests();
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(m_server.requests().size(), 3);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.itemAt(row).id(), qint64(5 - row));
        QCOMPARE(model.index(row, 0).data(MallItemModel::ItemIdRole).toLongLong(), qint64(5 - row));
        QCOMPARE(model.rowOfItem(5 - row), row);
    }
    QCOMPARE(model.rowOfItem(99), -1);
    QCOMPARE(model.headerData(MallItemModel::CashColumn, Qt::Horizontal).toString(), QStringLiteral("Cash"));
    QCOMPARE(model.headerData(MallItemModel::MinTierColumn, Qt::Horizontal).toString(),
             QStringLiteral("Minimum tier"));
    const CatalogueItem speaker = model.itemAt(1);
    QCOMPARE(speaker.imageUrl(), QStringLiteral("/v1/items/4/image?v=0123456789abcdef"));
    QCOMPARE(speaker.item.image->contentType, QStringLiteral("image/png"));
    QCOMPARE(speaker.item.image->size, qint64(2048));
    QCOMPARE(speaker.item.tierPrices.size(), 2);
    QVERIFY(!model.itemAt(0).hasImage());
}

void tst_MallItemModel::rowTexts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    using M = MallItemModel;
    QTest::addRow("chinese name") << 0 << int(M::NameColumn) << QStringLiteral("星巴克中杯券");
    QTest::addRow("coupon") << 0 << int(M::CategoryColumn) << QStringLiteral("Coupon");
    QTest::addRow("low band") << 0 << int(M::BandColumn) << QStringLiteral("Low");
    QTest::addRow("no cash part") << 0 << int(M::CashColumn) << QStringLiteral("—");
    QTest::addRow("both limits") << 0 << int(M::LimitsColumn) << QStringLiteral("2 per member · 1 per week");
    QTest::addRow("every member") << 0 << int(M::MinTierColumn) << QStringLiteral("All members");
    QTest::addRow("on shelf") << 0 << int(M::ShelfColumn) << QStringLiteral("On shelf");
    QTest::addRow("gift") << 1 << int(M::CategoryColumn) << QStringLiteral("Physical gift");
    QTest::addRow("high band") << 1 << int(M::BandColumn) << QStringLiteral("High");
    QTest::addRow("points grouped") << 1 << int(M::PointsColumn) << QStringLiteral("12,000");
    QTest::addRow("cash in yuan") << 1 << int(M::CashColumn) << QStringLiteral("¥49.90");
    QTest::addRow("stock") << 1 << int(M::StockColumn) << QStringLiteral("40");
    QTest::addRow("member limit") << 1 << int(M::LimitsColumn) << QStringLiteral("1 per member");
    QTest::addRow("rank without ladder") << 1 << int(M::MinTierColumn) << QStringLiteral("Rank 2");
    QTest::addRow("switched off") << 2 << int(M::ShelfColumn) << QStringLiteral("Off shelf");
    QTest::addRow("no limit") << 2 << int(M::LimitsColumn) << QStringLiteral("No limit");
    QTest::addRow("charity") << 2 << int(M::CategoryColumn) << QStringLiteral("Charity");
    QTest::addRow("period limit") << 3 << int(M::LimitsColumn) << QStringLiteral("3 per month");
    QTest::addRow("scheduled") << 3 << int(M::ShelfColumn)
                               << QStringLiteral("Scheduled from 1/1/30 12:00 AM");
    QTest::addRow("ended") << 4 << int(M::ShelfColumn) << QStringLiteral("Ended 1/1/20 12:00 AM");
    QTest::addRow("service cash") << 4 << int(M::CashColumn) << QStringLiteral("¥15.00");
}

void tst_MallItemModel::rowTexts()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    MallItemModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    model.setFilter({});
    loadAll(model);
    QCOMPARE(model.index(row, column).data().toString(), text);
    QVERIFY(!model.index(row, column).data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_MallItemModel::lowStockStandsOut_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("low");
    QTest::addColumn<QString>("toolTip");
    QTest::addRow("three left") << 0 << true
                                << QStringLiteral("Low stock: 3 left (the alert is at 10 or fewer).");
    QTest::addRow("plenty") << 1 << false << QStringLiteral("The low-stock alert is at 5 or fewer.");
    QTest::addRow("sold out") << 2 << true
                              << QStringLiteral("Sold out: restock it or take it off the shelf.");
    QTest::addRow("hundred") << 3 << false << QStringLiteral("The low-stock alert is at 2 or fewer.");
}

void tst_MallItemModel::lowStockStandsOut()
{
    QFETCH(int, row);
    QFETCH(bool, low);
    QFETCH(QString, toolTip);
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    MallItemModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    loadAll(model);
    const QModelIndex stock = model.index(row, MallItemModel::StockColumn);
    QCOMPARE(stock.data(MallItemModel::LowStockRole).toBool(), low);
    QCOMPARE(stock.data(Qt::ToolTipRole).toString(), toolTip);
    // The whole row is tinted, the figure itself red.
    for (int column = 0; column < MallItemModel::ColumnCount; ++column)
        QCOMPARE(model.index(row, column).data(Qt::BackgroundRole).isValid(), low);
    QCOMPARE(stock.data(Qt::ForegroundRole).isValid(), low);
    if (low)
        QCOMPARE(stock.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x39, 0x2b));
}

void tst_MallItemModel::filtersGoToTheServer_data()
{
    QTest::addColumn<ItemListFilter>("filter");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("ids");
    ItemListFilter coupons;
    coupons.category = ItemCategory::Coupon;
    QTest::addRow("category") << coupons << QStringLiteral("category=coupon&limit=2") << QList<qint64>{5};
    ItemListFilter low;
    low.lowStockOnly = true;
    QTest::addRow("low stock") << low << QStringLiteral("lowStock=true&limit=2") << QList<qint64>{5, 3};
    ItemListFilter mid;
    mid.band = PriceBand::Mid;
    QTest::addRow("band") << mid << QStringLiteral("band=mid&limit=2") << QList<qint64>{3, 2};
    ItemListFilter onShelf;
    onShelf.shelf = ItemListFilter::Shelf::OnShelf;
    QTest::addRow("on shelf now") << onShelf << QStringLiteral("shelf=onShelf&limit=2")
                                  << QList<qint64>{5, 4};
    ItemListFilter off;
    off.shelf = ItemListFilter::Shelf::Off;
    QTest::addRow("switched off") << off << QStringLiteral("shelf=off&limit=2") << QList<qint64>{3};
    ItemListFilter lowCharity;
    lowCharity.lowStockOnly = true;
    lowCharity.category = ItemCategory::Charity;
    lowCharity.text = QStringLiteral(" 树 tree ");
    QTest::addRow("combined") << lowCharity
                              << QStringLiteral("category=charity&lowStock=true&q=%E6%A0%91%20tree&limit=2")
                              << QList<qint64>{3};
}

void tst_MallItemModel::filtersGoToTheServer()
{
    QFETCH(ItemListFilter, filter);
    QFETCH(QString, query);
    QFETCH(QList<qint64>, ids);
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    MallItemModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    m_server.clearRequests();
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    loadAll(model);
    QCOMPARE(m_server.requests().value(0).query.toString(QUrl::FullyEncoded), query);
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.itemAt(row).id());
    QCOMPARE(shown, ids);
}

void tst_MallItemModel::tierNamesFromTheLadder()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    MallItemModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    loadAll(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTierNames(
        {{1, QStringLiteral("Member")}, {2, QStringLiteral("Silver")}, {3, QStringLiteral("Gold")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, MallItemModel::MinTierColumn).data().toString(), QStringLiteral("Silver"));
    QCOMPARE(model.index(0, MallItemModel::MinTierColumn).data().toString(), QStringLiteral("All members"));
    QCOMPARE(model.index(1, MallItemModel::PointsColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("12,000 points; tier prices:\nGold: 11,000 points\nRank 4: 10,000 points"));
}

void tst_MallItemModel::answeredItemReplacesItsRow()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    MallItemModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    loadAll(model);
    CatalogueItem speaker = model.itemAt(1);
    speaker.item.stock = 2;
    speaker.lowStock = true;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateItem(speaker);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(1, MallItemModel::StockColumn).data().toString(), QStringLiteral("2"));
    QVERIFY(model.index(1, MallItemModel::NameColumn).data(Qt::BackgroundRole).isValid());

    CatalogueItem fresh = speaker;
    fresh.item.id = 6;
    fresh.item.name = QStringLiteral("New mug");
    model.updateItem(fresh);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.itemAt(0).item.name, QStringLiteral("New mug")); // newest first
}

void tst_MallItemModel::unreachableServerSaysSo()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    ConnectionMonitor connection(&client);
    MallItemModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setFilter({});
    QVERIFY(errors.wait(30000));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("not kept on this computer")));
    QCOMPARE(model.rowCount(), 0);
}

void tst_MallItemModel::exportWritesEveryFilteredRow()
{
    ApiClient client;
    client.setBaseUrl(m_server.baseUrl());
    MallItemExporter exporter(&client);
    exporter.setPageSize(1); // one request per row: every page is written
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("items.csv"));
    ItemListFilter low;
    low.lowStockOnly = true;
    QSignalSpy finished(&exporter, &ListExporter::finished);
    QVERIFY(exporter.start(low, path));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // the byte order mark spreadsheets need
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(
        lines.at(0).startsWith(QStringLiteral("id,name,category,price_band,points_price,cash_price_yuan")));
    QVERIFY2(lines.at(1).startsWith(
                 QStringLiteral("5,星巴克中杯券,coupon,low,800,0.00,,3,10,true,2,1/week,1,on,true")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(
        QStringLiteral("3,Plant a tree,charity,mid,1500,0.00,,0,0,true,0,,1,off,false")));
}

QTEST_MAIN(tst_MallItemModel)
#include "tst_mallitemmodel.moc"
