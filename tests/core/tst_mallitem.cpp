#include "core/MallItem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace loyalty;

Q_DECLARE_METATYPE(loyalty::MallItem)

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A valid item an editor might send: 1000 points, Silver (2) pays 800, Gold (3) 600.
MallItem validItem()
{
    MallItem item;
    item.name = QStringLiteral("Coffee voucher");
    item.description = QStringLiteral("One cup at any store.");
    item.category = ItemCategory::Coupon;
    item.pointsPrice = 1000;
    item.tierPrices = {{2, 800}, {3, 600}};
    item.perMemberLimit = 5;
    item.periodLimit = {100, MallItem::Period::Month};
    item.status = MallItem::Status::On;
    item.lowStockThreshold = 10;
    item.stock = 50;
    return item;
}
} // namespace

class tst_MallItem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void category_data();
    void category();
    void validation_data();
    void validation();
    void reportsEveryProblem();
    void priceBand_data();
    void priceBand();
    void tierPrice_data();
    void tierPrice();
    void shelfSchedule_data();
    void shelfSchedule();
    void lowStock_data();
    void lowStock();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonRefusesBadShapes_data();
    void fromJsonRefusesBadShapes();
    void serverFieldsInJson_data();
    void serverFieldsInJson();
    void imageTypeByMagicBytes_data();
    void imageTypeByMagicBytes();
};

void tst_MallItem::category_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("ships");
    QTest::addColumn<bool>("code");
    QTest::addColumn<QString>("fulfilment");
    QTest::addRow("coupon") << QStringLiteral("coupon") << false << true << QStringLiteral("code");
    QTest::addRow("virtualRight") << QStringLiteral("virtualRight") << false << true
                                  << QStringLiteral("code");
    QTest::addRow("physicalGift") << QStringLiteral("physicalGift") << true << false
                                  << QStringLiteral("shipped");
    QTest::addRow("service") << QStringLiteral("service") << false << true << QStringLiteral("code");
    QTest::addRow("lottery") << QStringLiteral("lottery") << false << true << QStringLiteral("code");
    QTest::addRow("charity") << QStringLiteral("charity") << false << false << QStringLiteral("direct");
}

void tst_MallItem::category()
{
    QFETCH(QString, word);
    QFETCH(bool, ships);
    QFETCH(bool, code);
    QFETCH(QString, fulfilment);
    ItemCategory category{};
    QVERIFY(itemCategoryFromString(word, &category));
    QCOMPARE(itemFulfilmentToString(itemFulfilment(category)), fulfilment);
    QCOMPARE(itemCategoryToString(category), word);
    QCOMPARE(itemShipsPhysically(category), ships);
    QCOMPARE(itemIsFulfilledWithCode(category), code);
    QVERIFY(!itemCategoryFromString(word.toUpper(), &category));
}

void tst_MallItem::validation_data()
{
    QTest::addColumn<MallItem>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addRow("valid") << validItem() << QString() << QString();
    MallItem item = validItem();
    item.name = QStringLiteral("   ");
    QTest::addRow("name blank") << item << QStringLiteral("name") << QStringLiteral("name_required");
    item = validItem();
    item.name = QString(61, QLatin1Char('x'));
    QTest::addRow("name too long") << item << QStringLiteral("name") << QStringLiteral("name_too_long");
    item = validItem();
    item.description = QString(2001, QLatin1Char('x'));
    QTest::addRow("description too long")
        << item << QStringLiteral("description") << QStringLiteral("description_too_long");
    item = validItem();
    item.pointsPrice = 0;
    item.tierPrices.clear();
    QTest::addRow("points price zero")
        << item << QStringLiteral("pointsPrice") << QStringLiteral("points_price_invalid");
    item.pointsPrice = MallItem::kMaxPointsPrice + 1;
    QTest::addRow("points price too high")
        << item << QStringLiteral("pointsPrice") << QStringLiteral("points_price_invalid");
    item = validItem();
    item.cashPrice = -1;
    QTest::addRow("cash negative") << item << QStringLiteral("cashPrice")
                                   << QStringLiteral("cash_price_invalid");
    item = validItem();
    item.pointsPrice = 5000; // 50 yuan of points
    item.cashPrice = 4000;   // + 40 yuan: 90 yuan, below the 100-yuan step
    item.tierPrices.clear();
    QTest::addRow("points + cash below 100 yuan")
        << item << QStringLiteral("pointsPrice") << QStringLiteral("points_share_not_allowed");
    item.cashPrice = 5000; // 100 yuan, 50% points: allowed
    QTest::addRow("points + cash at 50 percent") << item << QString() << QString();
    item.pointsPrice = 5001; // 50.01%
    QTest::addRow("points + cash above 50 percent")
        << item << QStringLiteral("pointsPrice") << QStringLiteral("points_share_too_high");
    item = validItem();
    item.minTierRank = 0;
    QTest::addRow("min tier zero") << item << QStringLiteral("minTierRank")
                                   << QStringLiteral("min_tier_rank_invalid");
    item = validItem();
    item.tierPrices = {{1, 800}};
    QTest::addRow("tier price for rank 1")
        << item << QStringLiteral("tierPrices[0].rank") << QStringLiteral("tier_price_rank_invalid");
    item = validItem();
    item.minTierRank = 3;
    QTest::addRow("tier price below minimum tier")
        << item << QStringLiteral("tierPrices[0].rank") << QStringLiteral("tier_price_below_min_tier");
    item = validItem();
    item.tierPrices = {{2, 800}, {3, 600}, {2, 700}};
    QTest::addRow("tier price twice")
        << item << QStringLiteral("tierPrices[2].rank") << QStringLiteral("tier_price_duplicate");
    item = validItem();
    item.tierPrices = {{2, 800}, {3, 1000}};
    QTest::addRow("tier price equal to points price")
        << item << QStringLiteral("tierPrices[1].points") << QStringLiteral("tier_price_not_below");
    item.tierPrices = {{2, 0}};
    QTest::addRow("tier price zero") << item << QStringLiteral("tierPrices[0].points")
                                     << QStringLiteral("tier_price_not_below");
    item.tierPrices = {{2, 600}, {3, 800}};
    QTest::addRow("gold pays more than silver")
        << item << QStringLiteral("tierPrices[1].points") << QStringLiteral("tier_price_above_lower_tier");
    item = validItem();
    item.perMemberLimit = -1;
    QTest::addRow("per member limit negative")
        << item << QStringLiteral("perMemberLimit") << QStringLiteral("limit_invalid");
    item = validItem();
    item.periodLimit.count = 10000;
    QTest::addRow("period limit too high")
        << item << QStringLiteral("periodLimit.count") << QStringLiteral("limit_invalid");
    item = validItem();
    item.shelfFrom = at("2026-12-01T00:00:00Z");
    item.shelfUntil = item.shelfFrom;
    QTest::addRow("shelf ends when it starts")
        << item << QStringLiteral("shelfUntil") << QStringLiteral("shelf_until_before_from");
    item = validItem();
    item.lowStockThreshold = -1;
    QTest::addRow("threshold negative")
        << item << QStringLiteral("lowStockThreshold") << QStringLiteral("threshold_negative");
    item = validItem();
    item.stock = -5; // the server's field: not the editor's to get wrong
    QTest::addRow("stock not checked") << item << QString() << QString();
    item = validItem();
    item.image = ItemImage{QString(), QStringLiteral("text/plain"), -1};
    QTest::addRow("image not checked") << item << QString() << QString();
}

void tst_MallItem::validation()
{
    QFETCH(MallItem, item);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const QList<Violation> problems = item.validate();
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.value(0).field + QLatin1Char(' ') + problems.value(0).code));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().code, code);
    QVERIFY(!problems.first().text().isEmpty());
}

void tst_MallItem::reportsEveryProblem()
{
    MallItem item = validItem();
    item.name.clear();
    item.cashPrice = -1;
    item.lowStockThreshold = -1;
    QStringList fields;
    for (const Violation &problem : item.validate())
        fields << problem.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("cashPrice"),
                                  QStringLiteral("lowStockThreshold")}));
}

void tst_MallItem::priceBand_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<QString>("band");
    QTest::addRow("below 100 counts as low") << qint64(50) << QStringLiteral("low");
    QTest::addRow("100") << qint64(100) << QStringLiteral("low");
    QTest::addRow("999") << qint64(999) << QStringLiteral("low");
    QTest::addRow("1000") << qint64(1000) << QStringLiteral("mid");
    QTest::addRow("9999") << qint64(9999) << QStringLiteral("mid");
    QTest::addRow("10000") << qint64(10000) << QStringLiteral("high");
    QTest::addRow("500000") << qint64(500000) << QStringLiteral("high");
}

void tst_MallItem::priceBand()
{
    QFETCH(qint64, points);
    QFETCH(QString, band);
    MallItem item;
    item.pointsPrice = points;
    QCOMPARE(priceBandToString(item.priceBand()), band);
}

void tst_MallItem::tierPrice_data()
{
    QTest::addColumn<int>("rank");
    QTest::addColumn<qint64>("points");
    QTest::addRow("regular pays the points price") << 1 << qint64(1000);
    QTest::addRow("silver pays 800") << 2 << qint64(800);
    QTest::addRow("gold pays 600") << 3 << qint64(600);
    QTest::addRow("diamond gets gold's price") << 4 << qint64(600);
}

void tst_MallItem::tierPrice()
{
    QFETCH(int, rank);
    QFETCH(qint64, points);
    MallItem item = validItem();
    item.tierPrices = {{3, 600}, {2, 800}}; // order in the list does not matter
    QCOMPARE(item.pointsPriceFor(rank), points);
}

void tst_MallItem::shelfSchedule_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("onShelf");
    const QDateTime from = at("2026-12-01T00:00:00Z");
    const QDateTime until = at("2026-12-31T00:00:00Z");
    QTest::addRow("on, no schedule") << QStringLiteral("on") << QDateTime() << QDateTime() << from << true;
    QTest::addRow("off, no schedule") << QStringLiteral("off") << QDateTime() << QDateTime() << from << false;
    QTest::addRow("before start") << QStringLiteral("on") << from << until << from.addMSecs(-1) << false;
    QTest::addRow("at start") << QStringLiteral("on") << from << until << from << true;
    QTest::addRow("just before end") << QStringLiteral("on") << from << until << until.addMSecs(-1) << true;
    QTest::addRow("at end (exclusive)") << QStringLiteral("on") << from << until << until << false;
    QTest::addRow("off inside schedule")
        << QStringLiteral("off") << from << until << from.addDays(1) << false;
    QTest::addRow("open end") << QStringLiteral("on") << from << QDateTime() << from.addYears(5) << true;
    QTest::addRow("open start") << QStringLiteral("on") << QDateTime() << until << from.addYears(-5) << true;
}

void tst_MallItem::shelfSchedule()
{
    QFETCH(QString, status);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, until);
    QFETCH(QDateTime, now);
    QFETCH(bool, onShelf);
    MallItem item = validItem();
    item.status = status == QLatin1String("on") ? MallItem::Status::On : MallItem::Status::Off;
    item.shelfFrom = from;
    item.shelfUntil = until;
    item.stock = 0; // sold out stays on the shelf
    QCOMPARE(item.isOnShelf(now), onShelf);
}

void tst_MallItem::lowStock_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<qint64>("stock");
    QTest::addColumn<bool>("low");
    QTest::addRow("above") << 10 << qint64(11) << false;
    QTest::addRow("at threshold") << 10 << qint64(10) << true;
    QTest::addRow("below") << 10 << qint64(3) << true;
    QTest::addRow("no threshold, in stock") << 0 << qint64(1) << false;
    QTest::addRow("no threshold, sold out") << 0 << qint64(0) << true;
}

void tst_MallItem::lowStock()
{
    QFETCH(int, threshold);
    QFETCH(qint64, stock);
    QFETCH(bool, low);
    MallItem item = validItem();
    item.lowStockThreshold = threshold;
    item.stock = stock;
    QCOMPARE(item.isLowStock(), low);
}

void tst_MallItem::jsonRoundTrip_data()
{
    QTest::addColumn<MallItem>("item");
    MallItem item = validItem();
    item.id = 42;
    item.version = 7;
    QTest::addRow("coupon with tier prices") << item;
    item = validItem();
    item.category = ItemCategory::PhysicalGift;
    item.cashPrice = 5000;
    item.pointsPrice = 5000;
    item.tierPrices.clear();
    item.shelfFrom = at("2026-12-01T00:00:00Z");
    item.shelfUntil = at("2026-12-31T00:00:00Z");
    item.periodLimit = {1, MallItem::Period::Week};
    item.status = MallItem::Status::Off;
    item.id = 42;
    item.image = ItemImage{QStringLiteral("0123456789abcdef"), QStringLiteral("image/png"), 2048};
    item.createdAt = at("2026-11-01T08:00:00Z");
    item.updatedAt = at("2026-11-02T09:30:00Z");
    QTest::addRow("physical, scheduled, points + cash, image") << item;
}

void tst_MallItem::jsonRoundTrip()
{
    QFETCH(MallItem, item);
    const QJsonObject json = item.toJson();
    QCOMPARE(json.value(QStringLiteral("cashPrice")).toInteger(), item.cashPrice);
    QVERIFY(json.contains(QStringLiteral("pointsPrice")));
    QVERIFY(json.contains(QStringLiteral("minTierRank")));
    MallItem read;
    const auto broken = MallItem::fromJson(QJsonDocument(json).object(), &read);
    QVERIFY2(!broken, qPrintable(broken ? broken->field : QString()));
    QCOMPARE(read, item);
}

void tst_MallItem::fromJsonRefusesBadShapes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addRow("unknown category")
        << QStringLiteral("category") << QJsonValue(QStringLiteral("car")) << QStringLiteral("category");
    QTest::addRow("points as text") << QStringLiteral("pointsPrice") << QJsonValue(QStringLiteral("1000"))
                                    << QStringLiteral("pointsPrice");
    QTest::addRow("points fractional")
        << QStringLiteral("pointsPrice") << QJsonValue(10.5) << QStringLiteral("pointsPrice");
    QTest::addRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("sold"))
                                    << QStringLiteral("status");
    QTest::addRow("bad time") << QStringLiteral("shelfFrom") << QJsonValue(QStringLiteral("tomorrow"))
                              << QStringLiteral("shelfFrom");
    QTest::addRow("unknown period") << QStringLiteral("periodLimit")
                                    << QJsonValue(
                                           QJsonObject{{QStringLiteral("count"), 1},
                                                       {QStringLiteral("period"), QStringLiteral("year")}})
                                    << QStringLiteral("periodLimit.period");
    QTest::addRow("tier price fractional")
        << QStringLiteral("tierPrices")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("rank"), 2}, {QStringLiteral("points"), 1.5}}})
        << QStringLiteral("tierPrices[0].points");
}

void tst_MallItem::fromJsonRefusesBadShapes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = validItem().toJson();
    json.insert(key, value);
    MallItem read;
    const auto broken = MallItem::fromJson(json, &read);
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
    QVERIFY(!broken->text().isEmpty());
}

void tst_MallItem::serverFieldsInJson_data()
{
    QTest::addColumn<MallItem>("item");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("lowStock");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QJsonValue>("onShelf"); // undefined: not in the JSON
    QTest::addColumn<QJsonValue>("image");
    const QDateTime now = at("2026-12-10T00:00:00Z");
    MallItem item = validItem();
    item.id = 7;
    QTest::addRow("no time: no onShelf, no image") << item << QDateTime() << false << QStringLiteral("mid")
                                                   << QJsonValue(QJsonValue::Undefined) << QJsonValue();
    item.stock = 10;
    QTest::addRow("at threshold, on shelf")
        << item << now << true << QStringLiteral("mid") << QJsonValue(true) << QJsonValue();
    item.shelfFrom = now.addDays(1);
    item.pointsPrice = 12000;
    item.tierPrices.clear();
    item.image = ItemImage{QStringLiteral("00ff00ff00ff00ff"), QStringLiteral("image/webp"), 99};
    QTest::addRow("scheduled later, high, with image")
        << item << now << true << QStringLiteral("high") << QJsonValue(false)
        << QJsonValue(
               QJsonObject{{QStringLiteral("url"), QStringLiteral("/v1/items/7/image?v=00ff00ff00ff00ff")},
                           {QStringLiteral("contentType"), QStringLiteral("image/webp")},
                           {QStringLiteral("size"), 99}});
}

void tst_MallItem::serverFieldsInJson()
{
    QFETCH(MallItem, item);
    QFETCH(QDateTime, now);
    QFETCH(bool, lowStock);
    QFETCH(QString, band);
    QFETCH(QJsonValue, onShelf);
    QFETCH(QJsonValue, image);
    const QJsonObject json = item.toJson(now);
    QCOMPARE(json.value(QStringLiteral("lowStock")).toBool(), lowStock);
    QCOMPARE(json.value(QStringLiteral("priceBand")).toString(), band);
    QCOMPARE(json.value(QStringLiteral("onShelf")), onShelf);
    QVERIFY(json.contains(QStringLiteral("image")));
    QCOMPARE(json.value(QStringLiteral("image")), image);
    QVERIFY(!json.contains(QStringLiteral("imagePath")));
    QCOMPARE(item.imageUrl(), image.toObject().value(QStringLiteral("url")).toString());
}

void tst_MallItem::imageTypeByMagicBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");
    QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("image/png");
    QTest::addRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << QStringLiteral("image/jpeg");
    QTest::addRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << QStringLiteral("image/webp");
    QTest::addRow("gif") << QByteArray("GIF89a\x01\0") << QString();
    QTest::addRow("riff but not webp") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << QString();
    QTest::addRow("truncated png") << QByteArray("\x89PNG") << QString();
    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("text") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << QString();
}

void tst_MallItem::imageTypeByMagicBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    QCOMPARE(ItemImage::sniffContentType(bytes), type);
}

QTEST_GUILESS_MAIN(tst_MallItem)
#include "tst_mallitem.moc"
