// The Mall pane's catalogue model over a real loyalty-server: an operator creates five items through
// POST /v1/items (and an image through PUT /v1/items/{id}/image), so every expected row is known. Pages
// arrive newest first until there are no more, every column reads as the console shows it, low-stock rows
// stand out with a tooltip saying why, filters go to the server in the query string and narrow the whole
// catalogue there, an item answered after a change replaces its row, and the export writes every row the
// filter lets through. No demo catalogue is seeded: the five items are the whole mall.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/MallItemExporter.h"
#include "models/MallItemModel.h"
#include "support/RequestLog.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::RequestLog;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

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
    void signIn(ApiClient &client);

    TestServer m_server;
    // By name as created, oldest first: car wash, lounge pass, tree, speaker, coupon.
    QList<qint64> m_ids;
    QByteArray m_png;
};

namespace {
const QString kCarWash = QStringLiteral("Car wash");
const QString kLounge = QStringLiteral("VIP lounge pass");
const QString kTree = QStringLiteral("种一棵树 tree");
const QString kSpeaker = QStringLiteral("Bluetooth speaker");
const QString kCoupon = QStringLiteral("星巴克中杯券");

QJsonObject item(const QString &name, const char *category, qint64 points, qint64 cash, int initialStock,
                 int lowStockThreshold)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("category"), QString::fromLatin1(category)},
            {QStringLiteral("pointsPrice"), points},
            {QStringLiteral("cashPrice"), cash},
            {QStringLiteral("status"), QStringLiteral("on")},
            {QStringLiteral("initialStock"), initialStock},
            {QStringLiteral("lowStockThreshold"), lowStockThreshold}};
}

QJsonObject periodLimit(int count, const char *period)
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("period"), QString::fromLatin1(period)}};
}
} // namespace

void tst_MallItemModel::initTestCase()
{
    qputenv("TZ", "UTC"); // the schedule's times read in local time
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    TestHttp olga(m_server.baseUrl());
    QCOMPARE(olga.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    // Points and cash: the points part may be at most half of an order of 100 yuan or more.
    QJsonObject carWash = item(kCarWash, "service", 800, 9500, 7, 1);
    carWash.insert(QStringLiteral("shelfUntil"), QStringLiteral("2020-01-01T00:00:00.000Z"));
    QJsonObject lounge = item(kLounge, "virtualRight", 5000, 0, 100, 2);
    lounge.insert(QStringLiteral("minTierRank"), 3);
    lounge.insert(QStringLiteral("periodLimit"), periodLimit(3, "month"));
    lounge.insert(QStringLiteral("shelfFrom"), QStringLiteral("2030-01-01T00:00:00.000Z"));
    QJsonObject tree = item(kTree, "charity", 1500, 0, 0, 0);
    tree.insert(QStringLiteral("status"), QStringLiteral("off"));
    tree.insert(QStringLiteral("description"), QStringLiteral("We plant a tree in your name."));
    QJsonObject speaker = item(kSpeaker, "physicalGift", 12000, 14990, 40, 5);
    speaker.insert(QStringLiteral("minTierRank"), 2);
    speaker.insert(QStringLiteral("perMemberLimit"), 1);
    speaker.insert(QStringLiteral("tierPrices"),
                   QJsonArray{QJsonObject{{QStringLiteral("rank"), 3}, {QStringLiteral("points"), 11000}},
                              QJsonObject{{QStringLiteral("rank"), 4}, {QStringLiteral("points"), 10000}}});
    QJsonObject coupon = item(kCoupon, "coupon", 800, 0, 3, 10);
    coupon.insert(QStringLiteral("description"), QStringLiteral("任意门店兑换一杯中杯饮品"));
    coupon.insert(QStringLiteral("perMemberLimit"), 2);
    coupon.insert(QStringLiteral("periodLimit"), periodLimit(1, "week"));
    for (const QJsonObject &body : {carWash, lounge, tree, speaker, coupon}) {
        const HttpReply created = olga.post(QStringLiteral("/v1/items"), body);
        QVERIFY2(created.status == 201, created.body.constData());
        m_ids.append(created.json.value(QStringLiteral("id")).toInteger());
    }
    m_png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(2032, 'x');
    const HttpReply image = olga.send("PUT", QStringLiteral("/v1/items/%1/image").arg(m_ids.at(3)), m_png,
                                      {{"Content-Type", "image/png"}});
    QVERIFY2(image.status == 200, image.body.constData());
}

void tst_MallItemModel::loadAll(MallItemModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
}

void tst_MallItemModel::signIn(ApiClient &client)
{
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
}

void tst_MallItemModel::pagesArriveNewestFirst()
{
    ApiClient client;
    signIn(client);
    RequestLog sent(client);
    ConnectionMonitor connection(&client);
    MallItemModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(MallItemModel::ColumnCount));
    model.setPageSize(2); // three pages
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    // Three requests: the first without a cursor, each later one with the cursor the server gave.
    const QList<RequestLog::Sent> requests = sent.sent();
    QCOMPARE(requests.size(), 3);
    for (const RequestLog::Sent &request : requests) {
        QCOMPARE(request.path(), QStringLiteral("/v1/items"));
        QCOMPARE(request.status, 200);
        QCOMPARE(request.query().queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(request.header("Authorization"), "Bearer " + client.token());
    }
    QVERIFY(!requests.at(0).query().hasQueryItem(QStringLiteral("cursor")));
    QVERIFY(!requests.at(1).query().queryItemValue(QStringLiteral("cursor")).isEmpty());
    QVERIFY(requests.at(2).query().queryItemValue(QStringLiteral("cursor")) !=
            requests.at(1).query().queryItemValue(QStringLiteral("cursor")));
    for (int row = 0; row < 5; ++row) {
        const qint64 id = m_ids.at(4 - row); // newest first
        QCOMPARE(model.itemAt(row).id(), id);
        QCOMPARE(model.index(row, 0).data(MallItemModel::ItemIdRole).toLongLong(), id);
        QCOMPARE(model.rowOfItem(id), row);
    }
    QCOMPARE(model.rowOfItem(m_ids.constLast() + 99), -1);
    QCOMPARE(model.headerData(MallItemModel::CashColumn, Qt::Horizontal).toString(), QStringLiteral("Cash"));
    QCOMPARE(model.headerData(MallItemModel::MinTierColumn, Qt::Horizontal).toString(),
             QStringLiteral("Minimum tier"));
    const CatalogueItem speaker = model.itemAt(1);
    QCOMPARE(speaker.item.name, kSpeaker);
    // The image the operator uploaded: its address carries a prefix of the bytes' SHA-256.
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(m_png, QCryptographicHash::Sha256).toHex());
    const QString prefix = QStringLiteral("/v1/items/%1/image?v=").arg(m_ids.at(3));
    QVERIFY2(speaker.imageUrl().startsWith(prefix), qPrintable(speaker.imageUrl()));
    QVERIFY(sha.startsWith(speaker.imageUrl().mid(prefix.size())));
    QVERIFY(speaker.imageUrl().size() > prefix.size());
    QCOMPARE(speaker.item.image->contentType, QStringLiteral("image/png"));
    QCOMPARE(speaker.item.image->size, qint64(m_png.size()));
    QCOMPARE(speaker.item.tierPrices.size(), 2);
    QCOMPARE(model.itemAt(2).item.description, QStringLiteral("We plant a tree in your name."));
    QVERIFY(!model.itemAt(0).hasImage());
}

void tst_MallItemModel::rowTexts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    using M = MallItemModel;
    QTest::addRow("chinese name") << 0 << int(M::NameColumn) << kCoupon;
    QTest::addRow("coupon") << 0 << int(M::CategoryColumn) << QStringLiteral("Coupon");
    QTest::addRow("low band") << 0 << int(M::BandColumn) << QStringLiteral("Low");
    QTest::addRow("no cash part") << 0 << int(M::CashColumn) << QStringLiteral("—");
    QTest::addRow("both limits") << 0 << int(M::LimitsColumn) << QStringLiteral("2 per member · 1 per week");
    QTest::addRow("every member") << 0 << int(M::MinTierColumn) << QStringLiteral("All members");
    QTest::addRow("on shelf") << 0 << int(M::ShelfColumn) << QStringLiteral("On shelf");
    QTest::addRow("gift") << 1 << int(M::CategoryColumn) << QStringLiteral("Physical gift");
    QTest::addRow("high band") << 1 << int(M::BandColumn) << QStringLiteral("High");
    QTest::addRow("points grouped") << 1 << int(M::PointsColumn) << QStringLiteral("12,000");
    QTest::addRow("cash in yuan") << 1 << int(M::CashColumn) << QStringLiteral("¥149.90");
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
    QTest::addRow("service cash") << 4 << int(M::CashColumn) << QStringLiteral("¥95.00");
    QTest::addRow("service") << 4 << int(M::CategoryColumn) << QStringLiteral("Service");
    QTest::addRow("virtual right") << 3 << int(M::CategoryColumn) << QStringLiteral("Virtual right");
}

void tst_MallItemModel::rowTexts()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    ApiClient client;
    signIn(client);
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
    signIn(client);
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
    QTest::addColumn<QList<int>>("rows"); // indexes into m_ids (the order of creation)
    ItemListFilter coupons;
    coupons.category = ItemCategory::Coupon;
    QTest::addRow("category") << coupons << QStringLiteral("category=coupon&limit=2") << QList<int>{4};
    ItemListFilter low;
    low.lowStockOnly = true;
    QTest::addRow("low stock") << low << QStringLiteral("lowStock=true&limit=2") << QList<int>{4, 2};
    ItemListFilter mid;
    mid.band = PriceBand::Mid;
    QTest::addRow("band") << mid << QStringLiteral("band=mid&limit=2") << QList<int>{2, 1};
    ItemListFilter onShelf;
    onShelf.shelf = ItemListFilter::Shelf::OnShelf;
    QTest::addRow("on shelf now") << onShelf << QStringLiteral("shelf=onShelf&limit=2") << QList<int>{4, 3};
    ItemListFilter off;
    off.shelf = ItemListFilter::Shelf::Off;
    QTest::addRow("switched off") << off << QStringLiteral("shelf=off&limit=2") << QList<int>{2};
    ItemListFilter lowCharity;
    lowCharity.lowStockOnly = true;
    lowCharity.category = ItemCategory::Charity;
    lowCharity.text = QStringLiteral(" 树 tree ");
    QTest::addRow("combined") << lowCharity
                              << QStringLiteral("category=charity&lowStock=true&q=%E6%A0%91%20tree&limit=2")
                              << QList<int>{2};
}

void tst_MallItemModel::filtersGoToTheServer()
{
    QFETCH(ItemListFilter, filter);
    QFETCH(QString, query);
    QFETCH(QList<int>, rows);
    ApiClient client;
    signIn(client);
    RequestLog sent(client);
    MallItemModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(sent.sent().value(0).url.query(QUrl::FullyEncoded), query);
    // The server narrowed the whole catalogue: exactly the items the filter describes, newest first.
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.itemAt(row).id());
    QList<qint64> expected;
    for (int created : std::as_const(rows))
        expected.append(m_ids.at(created));
    QCOMPARE(shown, expected);
}

void tst_MallItemModel::tierNamesFromTheLadder()
{
    ApiClient client;
    signIn(client);
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
    signIn(client);
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

    // An item created after the list was read (as the server answers POST /v1/items) goes on top.
    TestHttp olga(m_server.baseUrl());
    QCOMPARE(olga.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QJsonObject mug = item(QStringLiteral("New mug"), "physicalGift", 900, 0, 4, 1);
    mug.insert(QStringLiteral("status"), QStringLiteral("off")); // stays out of the other tests' filters
    const HttpReply created = olga.post(QStringLiteral("/v1/items"), mug);
    QCOMPARE(created.status, 201);
    const CatalogueItem fresh = CatalogueItem::fromJson(created.json);
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
    signIn(client);
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
                 QStringLiteral("%1,星巴克中杯券,coupon,low,800,0.00,,3,10,true,2,1/week,1,on,true")
                     .arg(m_ids.at(4))),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(
                 QStringLiteral("%1,种一棵树 tree,charity,mid,1500,0.00,,0,0,true,0,,1,off,false")
                     .arg(m_ids.at(2))),
             qPrintable(lines.at(2)));
}

QTEST_MAIN(tst_MallItemModel)
#include "tst_mallitemmodel.moc"
