#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

namespace {
// The filter rows' items all have this in their name, so items other tests add never show up there.
const QString kMark = QStringLiteral("滤");

QByteArray png(int size)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    bytes.append(QByteArray(size - bytes.size(), '\x42'));
    return bytes;
}

QByteArray jpeg(int size)
{
    QByteArray bytes("\xff\xd8\xff\xe0\0\x10JFIF\0", 11);
    bytes.append(QByteArray(size - bytes.size(), '\x17'));
    return bytes;
}

QByteArray webp(int size)
{
    QByteArray bytes("RIFF\x24\0\0\0WEBPVP8 ", 16);
    bytes.append(QByteArray(size - bytes.size(), '\x01'));
    return bytes;
}

QString isoIn(qint64 days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs);
}

QStringList fieldsOf(const HttpReply &reply)
{
    QStringList fields;
    const QJsonArray violations =
        reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("violations")).toArray();
    for (const QJsonValue &violation : violations)
        fields.append(violation.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

QByteArray header(const HttpReply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

// The mall catalogue: /v1/items, its filters and pages, optimistic edits, validation naming every field,
// audit rows, the item image, and who may write.
class TestItemsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createsAndReadsAnItem();
    void serverFieldsAreIgnoredOnInput();
    void validationNamesEveryField_data();
    void validationNamesEveryField();
    void listFilters_data();
    void listFilters();
    void badFiltersAreRefused_data();
    void badFiltersAreRefused();
    void pagesAreNewestFirst();
    void patchChangesFieldsAndBumpsVersion();
    void staleVersionIsAConflictAndChangesNothing();
    void patchValidationNamesEveryField();
    void patchWithoutChangesKeepsTheVersion();
    void patchNeedsAVersion();
    void unknownItemIsNotFound();
    void createIsAudited();
    void imageUpload_data();
    void imageUpload();
    void imageRoundTrip();
    void supportCannotWrite_data();
    void supportCannotWrite();

private:
    static QJsonObject item(const QString &name, const QString &category = QStringLiteral("coupon"),
                            qint64 points = 1000);
    HttpReply create(const QJsonObject &body) { return m_olga->post(QStringLiteral("/v1/items"), body); }
    qint64 createId(const QJsonObject &body);
    HttpReply patch(qint64 id, const QJsonObject &body)
    {
        return m_olga->send("PATCH", QStringLiteral("/v1/items/%1").arg(id),
                            QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Accept-Language", "en"}});
    }
    HttpReply putImage(qint64 id, const QByteArray &bytes, const QByteArray &contentType)
    {
        return m_olga->send("PUT", QStringLiteral("/v1/items/%1/image").arg(id), bytes,
                            {{"Content-Type", contentType}, {"Accept-Language", "en"}});
    }
    int count(const QString &sql) const
    {
        ServerDatabase db(m_server.databasePath());
        return db.value(sql).toInt();
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_olga; // operator: mall.manage
    std::unique_ptr<TestHttp> m_sue;  // support: mall.read only
    QHash<QString, qint64> m_filterIds;
};

QJsonObject TestItemsApi::item(const QString &name, const QString &category, qint64 points)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), QStringLiteral("测试商品")},
            {QStringLiteral("category"), category},
            {QStringLiteral("pointsPrice"), points},
            {QStringLiteral("status"), QStringLiteral("on")},
            {QStringLiteral("lowStockThreshold"), 10}};
}

qint64 TestItemsApi::createId(const QJsonObject &body)
{
    const HttpReply reply = create(body);
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toInteger() : 0;
}

void TestItemsApi::initTestCase()
{
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    m_olga = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_olga->login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    m_sue = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_sue->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    // The filter rows' catalogue, oldest first.
    struct Spec
    {
        const char *key;
        const char *category;
        qint64 points;
        const char *status;
        qint64 stock;
        int threshold;
        qint64 fromDays; // 0: no schedule edge
        qint64 untilDays;
    };
    const QList<Spec> specs{
        {"咖啡券", "coupon", 800, "on", 50, 10, 0, 0},
        {"会员卡", "virtualRight", 1500, "on", 5, 10, 0, 0},     // low
        {"保温杯", "physicalGift", 12000, "off", 20, 5, 0, 0},   // off
        {"洗车", "service", 2000, "on", 0, 0, 7, 0},             // scheduled later, sold out
        {"盲盒", "lottery", 300, "on", 100, 10, -30, -1},        // schedule ended
        {"捐赠", "charity", 100, "on", 1000, 10, -1, 30},        // inside its schedule
        {"会员季卡", "virtualRight", 15000, "on", 40, 10, 0, 0}, // high
    };
    for (const Spec &spec : specs) {
        QJsonObject body =
            item(kMark + QString::fromUtf8(spec.key), QString::fromLatin1(spec.category), spec.points);
        body.insert(QStringLiteral("status"), QString::fromLatin1(spec.status));
        body.insert(QStringLiteral("initialStock"), spec.stock);
        body.insert(QStringLiteral("lowStockThreshold"), spec.threshold);
        if (spec.fromDays != 0)
            body.insert(QStringLiteral("shelfFrom"), isoIn(spec.fromDays));
        if (spec.untilDays != 0)
            body.insert(QStringLiteral("shelfUntil"), isoIn(spec.untilDays));
        const qint64 id = createId(body);
        QVERIFY2(id > 0, spec.key);
        m_filterIds.insert(QString::fromUtf8(spec.key), id);
    }
}

void TestItemsApi::createsAndReadsAnItem()
{
    QJsonObject body = item(QStringLiteral("星巴克中杯券"));
    body.insert(QStringLiteral("cashPrice"), 0);
    body.insert(QStringLiteral("tierPrices"),
                QJsonArray{QJsonObject{{QStringLiteral("rank"), 2}, {QStringLiteral("points"), 800}}});
    body.insert(QStringLiteral("perMemberLimit"), 5);
    body.insert(
        QStringLiteral("periodLimit"),
        QJsonObject{{QStringLiteral("count"), 100}, {QStringLiteral("period"), QStringLiteral("month")}});
    body.insert(QStringLiteral("initialStock"), 25);
    const HttpReply created = create(body);
    QCOMPARE(created.status, 201);
    const QJsonObject json = created.json;
    const qint64 id = json.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("星巴克中杯券"));
    QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("coupon"));
    QCOMPARE(json.value(QStringLiteral("pointsPrice")).toInteger(), 1000);
    QCOMPARE(json.value(QStringLiteral("tierPrices")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("perMemberLimit")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("stock")).toInteger(), 25);
    QCOMPARE(json.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("lowStock")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("onShelf")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("priceBand")).toString(), QStringLiteral("mid"));
    QVERIFY(json.value(QStringLiteral("image")).isNull());
    QVERIFY(!json.value(QStringLiteral("createdAt")).toString().isEmpty());
    QVERIFY(json.value(QStringLiteral("updatedAt")).toString() >=
            json.value(QStringLiteral("createdAt")).toString());
    QVERIFY(!json.contains(QStringLiteral("initialStock")));

    const HttpReply read = m_sue->get(QStringLiteral("/v1/items/%1").arg(id));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json, json);

    // The initial stock is the item's first inbound movement.
    const HttpReply movements = m_sue->get(QStringLiteral("/v1/items/%1/stock-movements").arg(id));
    QCOMPARE(movements.status, 200);
    const QJsonArray items = movements.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject movement = items.first().toObject();
    QCOMPARE(movement.value(QStringLiteral("kind")).toString(), QStringLiteral("inbound"));
    QCOMPARE(movement.value(QStringLiteral("delta")).toInteger(), 25);
    QCOMPARE(movement.value(QStringLiteral("quantityAfter")).toInteger(), 25);
    QCOMPARE(movement.value(QStringLiteral("reason")).toString(), QStringLiteral("initial stock"));
    QCOMPARE(movement.value(QStringLiteral("actor")).toString(), QStringLiteral("olga"));

    // No initial stock: no movement.
    const qint64 empty = createId(item(QStringLiteral("空库存")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE item_id = %1").arg(empty)), 0);
}

void TestItemsApi::serverFieldsAreIgnoredOnInput()
{
    QJsonObject body = item(QStringLiteral("服务器字段"));
    body.insert(QStringLiteral("id"), 5555);
    body.insert(QStringLiteral("stock"), 999);
    body.insert(QStringLiteral("version"), 7);
    body.insert(QStringLiteral("image"), QJsonObject{{QStringLiteral("url"), QStringLiteral("/x.png")}});
    body.insert(QStringLiteral("lowStock"), QStringLiteral("nonsense"));
    body.insert(QStringLiteral("createdAt"), QStringLiteral("yesterday"));
    const HttpReply reply = create(body);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.json.value(QStringLiteral("id")).toInteger() != 5555);
    QCOMPARE(reply.json.value(QStringLiteral("stock")).toInteger(), 0);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInteger(), 1);
    QVERIFY(reply.json.value(QStringLiteral("image")).isNull());
    QCOMPARE(reply.json.value(QStringLiteral("lowStock")).toBool(), true); // 0 at threshold 10
}

void TestItemsApi::validationNamesEveryField_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("code");
    QTest::addRow("name missing") << QJsonObject{{QStringLiteral("name"), QStringLiteral("  ")}}
                                  << QStringList{QStringLiteral("name")} << QStringLiteral("name_required");
    QTest::addRow("three at once") << QJsonObject{{QStringLiteral("name"), QString()},
                                                  {QStringLiteral("cashPrice"), -1},
                                                  {QStringLiteral("lowStockThreshold"), -1}}
                                   << QStringList{QStringLiteral("name"), QStringLiteral("cashPrice"),
                                                  QStringLiteral("lowStockThreshold")}
                                   << QStringLiteral("name_required");
    QTest::addRow("points zero") << QJsonObject{{QStringLiteral("pointsPrice"), 0}}
                                 << QStringList{QStringLiteral("pointsPrice")}
                                 << QStringLiteral("points_price_invalid");
    QTest::addRow("tier price not below")
        << QJsonObject{{QStringLiteral("tierPrices"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("rank"), 2}, {QStringLiteral("points"), 1000}}}}}
        << QStringList{QStringLiteral("tierPrices[0].points")} << QStringLiteral("tier_price_not_below");
    QTest::addRow("points share too high")
        << QJsonObject{{QStringLiteral("pointsPrice"), 9000}, {QStringLiteral("cashPrice"), 1000}}
        << QStringList{QStringLiteral("pointsPrice")} << QStringLiteral("points_share_too_high");
    QTest::addRow("schedule backwards")
        << QJsonObject{{QStringLiteral("shelfFrom"), isoIn(5)}, {QStringLiteral("shelfUntil"), isoIn(1)}}
        << QStringList{QStringLiteral("shelfUntil")} << QStringLiteral("shelf_until_before_from");
    QTest::addRow("initial stock negative and limit too high")
        << QJsonObject{{QStringLiteral("initialStock"), -1}, {QStringLiteral("perMemberLimit"), 10000}}
        << QStringList{QStringLiteral("perMemberLimit"), QStringLiteral("initialStock")}
        << QStringLiteral("limit_invalid");
    QTest::addRow("unknown category")
        << QJsonObject{{QStringLiteral("category"), QStringLiteral("car")}}
        << QStringList{QStringLiteral("category")} << QStringLiteral("category_unknown");
    QTest::addRow("points as text") << QJsonObject{{QStringLiteral("pointsPrice"), QStringLiteral("100")}}
                                    << QStringList{QStringLiteral("pointsPrice")}
                                    << QStringLiteral("not_integer");
}

void TestItemsApi::validationNamesEveryField()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, fields);
    QFETCH(QString, code);
    QJsonObject body = item(QStringLiteral("校验"));
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        body.insert(it.key(), it.value());
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM items"));
    const HttpReply reply =
        m_olga->send("POST", QStringLiteral("/v1/items"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     {{"Accept-Language", "en"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldsOf(reply), fields);
    QCOMPARE(reply.errorField(), fields.first());
    QCOMPARE(reply.errorCode(), code);
    const QJsonArray violations =
        reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("violations")).toArray();
    for (const QJsonValue &violation : violations)
        QVERIFY(!violation.toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM items")), before);
}

void TestItemsApi::listFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected"); // newest first, without the mark
    const auto names = [](const char *list) {
        return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::addRow("all") << QString() << kMark << names("会员季卡 捐赠 盲盒 洗车 保温杯 会员卡 咖啡券");
    QTest::addRow("category coupon") << QStringLiteral("category=coupon") << kMark << names("咖啡券");
    QTest::addRow("category virtualRight")
        << QStringLiteral("category=virtualRight") << kMark << names("会员季卡 会员卡");
    QTest::addRow("band low") << QStringLiteral("band=low") << kMark << names("捐赠 盲盒 咖啡券");
    QTest::addRow("band mid") << QStringLiteral("band=mid") << kMark << names("洗车 会员卡");
    QTest::addRow("band high") << QStringLiteral("band=high") << kMark << names("会员季卡 保温杯");
    QTest::addRow("shelf on") << QStringLiteral("shelf=on") << kMark
                              << names("会员季卡 捐赠 盲盒 洗车 会员卡 咖啡券");
    QTest::addRow("shelf off") << QStringLiteral("shelf=off") << kMark << names("保温杯");
    QTest::addRow("on the shelf now")
        << QStringLiteral("shelf=onShelf") << kMark << names("会员季卡 捐赠 会员卡 咖啡券");
    QTest::addRow("low stock") << QStringLiteral("lowStock=true") << kMark << names("洗车 会员卡");
    QTest::addRow("lowStock=false does not filter")
        << QStringLiteral("lowStock=false") << kMark << names("会员季卡 捐赠 盲盒 洗车 保温杯 会员卡 咖啡券");
    QTest::addRow("name part") << QString() << kMark + QStringLiteral("会员") << names("会员季卡 会员卡");
    QTest::addRow("combined") << QStringLiteral("category=virtualRight&band=mid&lowStock=true") << kMark
                              << names("会员卡");
    QTest::addRow("nothing matches") << QStringLiteral("category=charity&shelf=off") << kMark
                                     << QStringList();
}

void TestItemsApi::listFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    // q keeps the list to this test's catalogue: items other tests add have no mark.
    QString path = QStringLiteral("/v1/items?q=") + QString::fromLatin1(QUrl::toPercentEncoding(q));
    if (!query.isEmpty())
        path += QLatin1Char('&') + query;
    const HttpReply reply = m_sue->get(path);
    QCOMPARE(reply.status, 200);
    QStringList names;
    for (const QJsonValue &value : reply.json.value(QStringLiteral("items")).toArray())
        names.append(value.toObject().value(QStringLiteral("name")).toString().mid(kMark.size()));
    QCOMPARE(names, expected);
    QVERIFY(reply.json.value(QStringLiteral("nextCursor")).isNull());
}

void TestItemsApi::badFiltersAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("category") << QStringLiteral("category=car") << QStringLiteral("category");
    QTest::addRow("band") << QStringLiteral("band=huge") << QStringLiteral("band");
    QTest::addRow("shelf") << QStringLiteral("shelf=maybe") << QStringLiteral("shelf");
    QTest::addRow("lowStock") << QStringLiteral("lowStock=yes") << QStringLiteral("lowStock");
    QTest::addRow("limit") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::addRow("cursor") << QStringLiteral("cursor=@@@") << QStringLiteral("cursor");
}

void TestItemsApi::badFiltersAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply = m_sue->get(QStringLiteral("/v1/items?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(reply.errorField(), field);
}

void TestItemsApi::pagesAreNewestFirst()
{
    const QString first =
        QStringLiteral("/v1/items?limit=3&q=") + QString::fromLatin1(QUrl::toPercentEncoding(kMark));
    QList<qint64> ids;
    QString path = first;
    int pages = 0;
    while (!path.isEmpty()) {
        const HttpReply reply = m_sue->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 3);
        for (const QJsonValue &value : items)
            ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
        ++pages;
        const QJsonValue cursor = reply.json.value(QStringLiteral("nextCursor"));
        path = cursor.isNull() ? QString() : first + QStringLiteral("&cursor=") + cursor.toString();
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), m_filterIds.size());
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) < ids.at(i - 1));
}

void TestItemsApi::patchChangesFieldsAndBumpsVersion()
{
    QJsonObject body = item(QStringLiteral("改价商品"));
    body.insert(QStringLiteral("shelfUntil"), isoIn(30));
    body.insert(QStringLiteral("initialStock"), 12);
    const qint64 id = createId(body);
    const HttpReply reply = patch(id, {{QStringLiteral("version"), 1},
                                       {QStringLiteral("pointsPrice"), 900},
                                       {QStringLiteral("shelfUntil"), QJsonValue()},
                                       {QStringLiteral("stock"), 5000}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(reply.json.value(QStringLiteral("pointsPrice")).toInteger(), 900);
    QCOMPARE(reply.json.value(QStringLiteral("priceBand")).toString(), QStringLiteral("low"));
    QVERIFY(!reply.json.contains(QStringLiteral("shelfUntil")));
    QCOMPARE(reply.json.value(QStringLiteral("name")).toString(), QStringLiteral("改价商品"));
    QCOMPARE(reply.json.value(QStringLiteral("stock")).toInteger(), 12); // stock only moves by movements
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/%1").arg(id))
                 .json.value(QStringLiteral("pointsPrice"))
                 .toInteger(),
             900);

    ServerDatabase db(m_server.databasePath());
    const QVariantList row =
        db.rows(QStringLiteral("SELECT actor_name, entity, entity_id, before_json, after_json "
                               "FROM audit_log WHERE action = 'item.update' AND entity_id = ?"),
                {QString::number(id)})
            .value(0);
    QCOMPARE(row.size(), 5);
    QCOMPARE(row.at(0).toString(), QStringLiteral("olga"));
    QCOMPARE(row.at(1).toString(), QStringLiteral("item"));
    const QJsonObject before = QJsonDocument::fromJson(row.at(3).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(row.at(4).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("pointsPrice")).toInteger(), 1000);
    QCOMPARE(after.value(QStringLiteral("pointsPrice")).toInteger(), 900);
    QVERIFY(!before.value(QStringLiteral("shelfUntil")).toString().isEmpty());
    QVERIFY(after.value(QStringLiteral("shelfUntil")).isNull());
    QCOMPARE(before.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(after.value(QStringLiteral("version")).toInteger(), 2);
    QVERIFY(!after.contains(QStringLiteral("name"))); // only what changed
}

void TestItemsApi::staleVersionIsAConflictAndChangesNothing()
{
    const qint64 id = createId(item(QStringLiteral("并发编辑")));
    QCOMPARE(patch(id, {{QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("第一位")}})
                 .status,
             200);
    const QJsonObject current = m_sue->get(QStringLiteral("/v1/items/%1").arg(id)).json;
    const int audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'item.update'"));
    const HttpReply stale =
        patch(id, {{QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("第二位")}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("stale_version"));
    QCOMPARE(stale.errorField(), QStringLiteral("version"));
    QJsonObject after = m_sue->get(QStringLiteral("/v1/items/%1").arg(id)).json;
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("第一位"));
    QCOMPARE(after.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(after, current);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'item.update'")), audits);
}

void TestItemsApi::patchValidationNamesEveryField()
{
    const qint64 id = createId(item(QStringLiteral("改错")));
    const HttpReply reply = patch(id, {{QStringLiteral("version"), 1},
                                       {QStringLiteral("name"), QString()},
                                       {QStringLiteral("minTierRank"), 0},
                                       {QStringLiteral("lowStockThreshold"), -3}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldsOf(reply), (QStringList{QStringLiteral("name"), QStringLiteral("minTierRank"),
                                           QStringLiteral("lowStockThreshold")}));
    QCOMPARE(reply.errorField(), QStringLiteral("name"));
    const QJsonObject after = m_sue->get(QStringLiteral("/v1/items/%1").arg(id)).json;
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("改错"));
    QCOMPARE(after.value(QStringLiteral("version")).toInteger(), 1);
}

void TestItemsApi::patchWithoutChangesKeepsTheVersion()
{
    const qint64 id = createId(item(QStringLiteral("原样")));
    const HttpReply reply =
        patch(id, {{QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("原样")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(count(QStringLiteral(
                       "SELECT COUNT(*) FROM audit_log WHERE action = 'item.update' AND entity_id = '%1'")
                       .arg(id)),
             0);
}

void TestItemsApi::patchNeedsAVersion()
{
    const qint64 id = m_filterIds.value(QStringLiteral("咖啡券"));
    for (const QJsonValue &version : {QJsonValue(), QJsonValue(QStringLiteral("1")), QJsonValue(1.5)}) {
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("无版本")}};
        if (!version.isNull())
            body.insert(QStringLiteral("version"), version);
        const HttpReply reply = patch(id, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(reply.errorField(), QStringLiteral("version"));
    }
}

void TestItemsApi::unknownItemIsNotFound()
{
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/99999")).status, 404);
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/abc")).status, 404);
    QCOMPARE(patch(99999, {{QStringLiteral("version"), 1}}).status, 404);
    QCOMPARE(putImage(99999, png(100), "image/png").status, 404);
    QCOMPARE(m_olga->send("DELETE", QStringLiteral("/v1/items/99999/image"), {}).status, 404);
    QCOMPARE(m_sue->get(QStringLiteral("/v1/items/99999/image")).status, 404);
}

void TestItemsApi::createIsAudited()
{
    QJsonObject body = item(QStringLiteral("审计商品"), QStringLiteral("charity"), 300);
    body.insert(QStringLiteral("initialStock"), 9);
    const qint64 id = createId(body);
    ServerDatabase db(m_server.databasePath());
    const QVariantList row =
        db.rows(QStringLiteral("SELECT actor_name, entity, entity_id, before_json, after_json FROM audit_log "
                               "WHERE action = 'item.create' AND entity_id = ?"),
                {QString::number(id)})
            .value(0);
    QCOMPARE(row.size(), 5);
    QCOMPARE(row.at(0).toString(), QStringLiteral("olga"));
    QCOMPARE(row.at(1).toString(), QStringLiteral("item"));
    QVERIFY(row.at(3).isNull());
    const QJsonObject after = QJsonDocument::fromJson(row.at(4).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("审计商品"));
    QCOMPARE(after.value(QStringLiteral("category")).toString(), QStringLiteral("charity"));
    QCOMPARE(after.value(QStringLiteral("stock")).toInteger(), 9);
}

void TestItemsApi::imageUpload_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("png") << png(2000) << QByteArray("image/png") << 200 << QString();
    QTest::addRow("jpeg") << jpeg(3000) << QByteArray("image/jpeg") << 200 << QString();
    QTest::addRow("webp") << webp(4000) << QByteArray("image/webp") << 200 << QString();
    QTest::addRow("type with parameter") << png(100) << QByteArray("IMAGE/PNG; q=1") << 200 << QString();
    QTest::addRow("exactly 512 KiB") << png(512 * 1024) << QByteArray("image/png") << 200 << QString();
    QTest::addRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << QByteArray("image/gif") << 415
                         << QStringLiteral("image_type");
    QTest::addRow("png sent as jpeg")
        << png(500) << QByteArray("image/jpeg") << 415 << QStringLiteral("image_type");
    QTest::addRow("jpeg sent as png")
        << jpeg(500) << QByteArray("image/png") << 415 << QStringLiteral("image_type");
    QTest::addRow("no content type") << png(500) << QByteArray("application/octet-stream") << 415
                                     << QStringLiteral("image_type");
    QTest::addRow("json") << QByteArray("{}") << QByteArray("application/json") << 415
                          << QStringLiteral("image_type");
    QTest::addRow("empty") << QByteArray() << QByteArray("image/png") << 415 << QStringLiteral("image_type");
    QTest::addRow("512 KiB and one byte")
        << png(512 * 1024 + 1) << QByteArray("image/png") << 413 << QStringLiteral("image_too_large");
    QTest::addRow("above the body limit")
        << png(1024 * 1024 + 10) << QByteArray("image/png") << 413 << QStringLiteral("payload_too_large");
}

void TestItemsApi::imageUpload()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qint64 id = createId(item(QStringLiteral("图片")));
    const HttpReply reply = putImage(id, bytes, contentType);
    QCOMPARE(reply.status, status);
    const QJsonObject after = m_sue->get(QStringLiteral("/v1/items/%1").arg(id)).json;
    QCOMPARE(after.value(QStringLiteral("version")).toInteger(), 1); // an image is not an edit
    if (status != 200) {
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(after.value(QStringLiteral("image")).isNull());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM item_images WHERE item_id = %1").arg(id)), 0);
        return;
    }
    const QJsonObject image = reply.json.value(QStringLiteral("image")).toObject();
    QCOMPARE(image.value(QStringLiteral("size")).toInteger(), bytes.size());
    QCOMPARE(image.value(QStringLiteral("contentType")).toString(),
             QString::fromLatin1(contentType).section(QLatin1Char(';'), 0, 0).toLower());
    QCOMPARE(after.value(QStringLiteral("image")).toObject(), image);
}

void TestItemsApi::imageRoundTrip()
{
    const qint64 id = createId(item(QStringLiteral("换图")));
    const QByteArray first = png(5000);
    const HttpReply put = putImage(id, first, "image/png");
    QCOMPARE(put.status, 200);
    const QString url =
        put.json.value(QStringLiteral("image")).toObject().value(QStringLiteral("url")).toString();
    const QString tag =
        QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex().left(16));
    QCOMPARE(url, QStringLiteral("/v1/items/%1/image?v=%2").arg(id).arg(tag));

    const HttpReply bytes = m_sue->get(url);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, first);
    QCOMPARE(header(bytes, "Content-Type"), QByteArray("image/png"));
    QVERIFY2(header(bytes, "Cache-Control").contains("immutable"),
             header(bytes, "Cache-Control").constData());
    QCOMPARE(header(bytes, "ETag"), '"' + tag.toLatin1() + '"');
    const HttpReply unversioned = m_sue->get(QStringLiteral("/v1/items/%1/image").arg(id));
    QCOMPARE(unversioned.body, first);
    QCOMPARE(header(unversioned, "Cache-Control"), QByteArray("private, no-cache"));

    // A new image replaces the old one, under a new URL.
    const QByteArray second = webp(700);
    const HttpReply replaced = putImage(id, second, "image/webp");
    QCOMPARE(replaced.status, 200);
    const QString newUrl =
        replaced.json.value(QStringLiteral("image")).toObject().value(QStringLiteral("url")).toString();
    QVERIFY(newUrl != url);
    const HttpReply newBytes = m_sue->get(newUrl);
    QCOMPARE(newBytes.body, second);
    QCOMPARE(header(newBytes, "Content-Type"), QByteArray("image/webp"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM item_images WHERE item_id = %1").arg(id)), 1);
    QCOMPARE(count(QStringLiteral(
                       "SELECT COUNT(*) FROM audit_log WHERE action = 'item.image' AND entity_id = '%1'")
                       .arg(id)),
             2);

    const HttpReply removed = m_olga->send("DELETE", QStringLiteral("/v1/items/%1/image").arg(id), {});
    QCOMPARE(removed.status, 200);
    QVERIFY(removed.json.value(QStringLiteral("image")).isNull());
    QCOMPARE(removed.json.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(m_sue->get(newUrl).status, 404);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM item_images WHERE item_id = %1").arg(id)), 0);
    QCOMPARE(
        count(QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'item.image.remove' AND entity_id = '%1'")
                  .arg(id)),
        1);
    // Removing what is not there is still the item without an image.
    QCOMPARE(m_olga->send("DELETE", QStringLiteral("/v1/items/%1/image").arg(id), {}).status, 200);
}

void TestItemsApi::supportCannotWrite_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray itemBody = QJsonDocument(item(QStringLiteral("客服"))).toJson(QJsonDocument::Compact);
    QTest::addRow("list") << QByteArray("GET") << QStringLiteral("/v1/items") << QByteArray() << 200;
    QTest::addRow("read") << QByteArray("GET") << QStringLiteral("/v1/items/1") << QByteArray() << 200;
    QTest::addRow("movements") << QByteArray("GET") << QStringLiteral("/v1/items/1/stock-movements")
                               << QByteArray() << 200;
    QTest::addRow("create") << QByteArray("POST") << QStringLiteral("/v1/items") << itemBody << 403;
    QTest::addRow("edit") << QByteArray("PATCH") << QStringLiteral("/v1/items/1")
                          << QByteArray(R"({"version":1,"name":"客服改名"})") << 403;
    QTest::addRow("stock") << QByteArray("POST") << QStringLiteral("/v1/items/1/stock")
                           << QByteArray(R"({"delta":5,"reason":"x"})") << 403;
    QTest::addRow("image") << QByteArray("PUT") << QStringLiteral("/v1/items/1/image") << png(100) << 403;
    QTest::addRow("remove image") << QByteArray("DELETE") << QStringLiteral("/v1/items/1/image")
                                  << QByteArray() << 403;
}

void TestItemsApi::supportCannotWrite()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const int items = count(QStringLiteral("SELECT COUNT(*) FROM items"));
    const int audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'item'"));
    const HttpReply reply =
        m_sue->send(method, path, body,
                    method == "PUT" ? QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "image/png"}}
                                    : QList<QPair<QByteArray, QByteArray>>{});
    QCOMPARE(reply.status, status);
    if (status == 403)
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM items")), items);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'item'")), audits);
}

QTEST_GUILESS_MAIN(TestItemsApi)
#include "tst_itemsapi.moc"
