#include "server/MallTestData.h"
#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using loyalty::test::HttpReply;
using loyalty::test::MallTestData;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// POST /v1/redemptions and the lists: no overselling under concurrency, idempotent replays, every refusal
// changing nothing, points from the lots that expire first, tier prices, filters and paging, roles.
class TestRedemptionsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void placesARedemption();
    void noOversellUnderConcurrency();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void unknownMemberOrItemIsNotFound();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void reusedKeyWithAnotherBodyConflicts();
    void pointsComeFromTheEarliestExpiringLots();
    void priceUsesTierPrices_data();
    void priceUsesTierPrices();
    void listFiltersAndPages();
    void listRefusesBadFilters_data();
    void listRefusesBadFilters();
    void roles_data();
    void roles();

private:
    HttpReply redeem(qint64 memberId, qint64 itemId, int quantity = 1, const QByteArray &key = {},
                     TestHttp *http = nullptr)
    {
        return (http ? http : m_support.get())
            ->post(QStringLiteral("/v1/redemptions"),
                   {{QStringLiteral("memberId"), memberId},
                    {QStringLiteral("itemId"), itemId},
                    {QStringLiteral("quantity"), quantity}},
                   key);
    }
    QList<qint64> listIds(const QString &query);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    std::unique_ptr<MallTestData> m_data;
};

void TestRedemptionsApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("mona"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("ada"), QStringLiteral("admin")));
    QVERIFY(m_server.start({QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")}));
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    m_data = std::make_unique<MallTestData>(m_server.databasePath(), m_support.get());
}

void TestRedemptionsApi::placesARedemption()
{
    const qint64 member = m_data->addMember(1, 1000);
    QVERIFY(member > 0);
    MallTestData::Item item;
    item.name = QStringLiteral("咖啡券");
    item.pointsPrice = 300;
    item.cashPrice = 500;
    item.stock = 10;
    const qint64 itemId = m_data->addItem(item);
    QVERIFY(itemId > 0);

    const HttpReply reply = redeem(member, itemId, 2);
    QCOMPARE(reply.status, 201);
    const QJsonObject &json = reply.json;
    QVERIFY(json.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(json.value(QStringLiteral("memberId")).toInteger(), member);
    QCOMPARE(json.value(QStringLiteral("itemId")).toInteger(), itemId);
    QCOMPARE(json.value(QStringLiteral("quantity")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("points")).toInteger(), 600);
    QCOMPARE(json.value(QStringLiteral("cash")).toInteger(), 1000);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("placed"));
    QVERIFY(json.value(QStringLiteral("memberNo")).toString().startsWith(QLatin1String("77")));
    QVERIFY(json.value(QStringLiteral("memberName")).toString().startsWith(QStringLiteral("测试会员")));
    QCOMPARE(json.value(QStringLiteral("itemName")).toString(), QStringLiteral("咖啡券"));
    QCOMPARE(json.value(QStringLiteral("itemCategory")).toString(), QStringLiteral("coupon"));
    QCOMPARE(json.value(QStringLiteral("fulfilment")).toString(), QStringLiteral("code"));
    QCOMPARE(json.value(QStringLiteral("actions")).toArray(),
             QJsonArray({QStringLiteral("fulfil"), QStringLiteral("cancel")}));
    QCOMPARE(json.value(QStringLiteral("openCases")).toInt(), 0);
    QVERIFY(!json.value(QStringLiteral("placedAt")).toString().isEmpty());

    QCOMPARE(m_data->balance(member), 400);
    QCOMPARE(m_data->stock(itemId), 8);
    const qint64 id = json.value(QStringLiteral("id")).toInteger();
    const auto spend = m_data->db().rows(
        QStringLiteral(
            "SELECT e.kind, e.amount, e.source, e.reason FROM redemptions r JOIN ledger_entries e ON "
            "e.id = r.entry_id WHERE r.id = ?"),
        {id});
    QCOMPARE(spend.size(), 1);
    QCOMPARE(spend.at(0), QVariantList({QStringLiteral("spend"), -600, QStringLiteral("redemption"),
                                        QStringLiteral("redemption")}));
    const auto movement = m_data->db().rows(
        QStringLiteral(
            "SELECT kind, delta, quantity_after, actor FROM stock_movements WHERE redemption_id = ?"),
        {id});
    QCOMPARE(movement.size(), 1);
    QCOMPARE(movement.at(0), QVariantList({QStringLiteral("reservation"), -2, 8, QStringLiteral("sue")}));
    QCOMPARE(
        m_data->count(QStringLiteral("SELECT COUNT(*) FROM redemption_events WHERE redemption_id = ? AND "
                                     "kind = 'placed'"),
                      {id}),
        1);
    QCOMPARE(
        m_data->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'redemption.place' AND "
                                     "entity = 'redemption' AND entity_id = ? AND member_id = ?"),
                      {QString::number(id), member}),
        1);

    const HttpReply single = m_support->get(QStringLiteral("/v1/redemptions/%1").arg(id));
    QCOMPARE(single.status, 200);
    QCOMPARE(single.json.value(QStringLiteral("timeline")).toArray().size(), 1);
    QCOMPARE(single.json.value(QStringLiteral("cases")).toArray().size(), 0);
    QCOMPARE(m_support->get(QStringLiteral("/v1/redemptions/999999")).status, 404);
}

void TestRedemptionsApi::noOversellUnderConcurrency()
{
    // 200 members with enough points race for 50 units, each request with its own key.
    constexpr int kRequests = 200;
    constexpr qint64 kStock = 50;
    MallTestData::Item item;
    item.name = QStringLiteral("限量公仔");
    item.pointsPrice = 70;
    item.stock = kStock;
    const qint64 itemId = m_data->addItem(item);
    QVERIFY(itemId > 0);
    QList<qint64> members;
    for (int i = 0; i < kRequests; ++i) {
        members.append(m_data->addMember(1, 100));
        QVERIFY(members.constLast() > 0);
    }
    const QVariantList ledgerBefore =
        m_data->db().rows(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")).value(0);

    const auto fire = [&]() {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < kRequests; ++i) {
            QUrl url = m_server.baseUrl();
            url.setPath(QStringLiteral("/v1/redemptions"));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_support->token());
            request.setRawHeader("Idempotency-Key", "race-" + QByteArray::number(i));
            const QJsonObject body{{QStringLiteral("memberId"), members.at(i)},
                                   {QStringLiteral("itemId"), itemId},
                                   {QStringLiteral("quantity"), 1}};
            replies.append(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        QList<QPair<int, QByteArray>> answers;
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QSignalSpy(reply, &QNetworkReply::finished).wait(60000);
            answers.append(
                {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()});
            reply->deleteLater();
        }
        return answers;
    };

    const QList<QPair<int, QByteArray>> first = fire();
    QCOMPARE(first.size(), kRequests);
    QSet<qint64> winners;
    int refused = 0;
    for (int i = 0; i < kRequests; ++i) {
        const QJsonObject json = QJsonDocument::fromJson(first.at(i).second).object();
        if (first.at(i).first == 201) {
            winners.insert(members.at(i));
        } else {
            QCOMPARE(first.at(i).first, 422);
            QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("out_of_stock"));
            ++refused;
        }
    }
    QCOMPARE(winners.size(), kStock);
    QCOMPARE(refused, kRequests - kStock);

    const auto check = [&]() {
        QCOMPARE(m_data->stock(itemId), 0);
        QCOMPARE(
            m_data->count(QStringLiteral("SELECT COUNT(*) FROM redemptions WHERE item_id = ?"), {itemId}),
            kStock);
        QCOMPARE(
            m_data->count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE item_id = ? AND kind = "
                                         "'reservation'"),
                          {itemId}),
            kStock);
        QCOMPARE(m_data->count(QStringLiteral("SELECT SUM(delta) FROM stock_movements WHERE item_id = ?"),
                               {itemId}),
                 0);
        QCOMPARE(m_data->count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")),
                 ledgerBefore.value(0).toLongLong() + kStock);
        for (qint64 member : std::as_const(members))
            QCOMPARE(m_data->balance(member), winners.contains(member) ? 30 : 100);
    };
    check();
    if (QTest::currentTestFailed())
        return;

    // Every request again with its key: the same answers, byte for byte, and nothing moves.
    const QList<QPair<int, QByteArray>> again = fire();
    QCOMPARE(again.size(), kRequests);
    for (int i = 0; i < kRequests; ++i) {
        QCOMPARE(again.at(i).first, first.at(i).first);
        QCOMPARE(again.at(i).second, first.at(i).second);
    }
    check();
}

void TestRedemptionsApi::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("memberStatus");
    QTest::addColumn<int>("rank");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<QString>("itemStatus");
    QTest::addColumn<int>("shelfFromDays"); // from now; 0: no start
    QTest::addColumn<int>("shelfUntilDays");
    QTest::addColumn<int>("minTierRank");
    QTest::addColumn<qint64>("stock");
    QTest::addColumn<int>("perMemberLimit");
    QTest::addColumn<int>("periodLimit");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("before"); // units redeemed first, successfully
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says"); // a word of the English sentence

    const QString on = QStringLiteral("on");
    const QString month = QStringLiteral("month");
    QTest::addRow("frozen") << "frozen" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(5) << 0 << 0
                            << month << 0 << 1 << "member_inactive"
                            << "frozen";
    QTest::addRow("blacklisted") << "blacklisted" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(5) << 0
                                 << 0 << month << 0 << 1 << "member_inactive"
                                 << "blacklisted";
    QTest::addRow("switched off") << "active" << 1 << qint64(1000) << "off" << 0 << 0 << 1 << qint64(5) << 0
                                  << 0 << month << 0 << 1 << "off_shelf"
                                  << "shelf";
    QTest::addRow("not yet on the shelf") << "active" << 1 << qint64(1000) << on << 3 << 0 << 1 << qint64(5)
                                          << 0 << 0 << month << 0 << 1 << "off_shelf"
                                          << "shelf";
    QTest::addRow("shelf time over") << "active" << 1 << qint64(1000) << on << -10 << -1 << 1 << qint64(5)
                                     << 0 << 0 << month << 0 << 1 << "off_shelf"
                                     << "shelf";
    QTest::addRow("tier too low") << "active" << 2 << qint64(1000) << on << 0 << 0 << 3 << qint64(5) << 0 << 0
                                  << month << 0 << 1 << "tier_too_low"
                                  << "rank 3";
    QTest::addRow("sold out") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(0) << 0 << 0
                              << month << 0 << 1 << "out_of_stock"
                              << "0 left";
    QTest::addRow("more than in stock") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(2)
                                        << 0 << 0 << month << 0 << 3 << "out_of_stock"
                                        << "2 left";
    QTest::addRow("per-member limit") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(9) << 2
                                      << 0 << month << 2 << 1 << "limit_reached"
                                      << "per member";
    QTest::addRow("per-member limit by quantity") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1
                                                  << qint64(9) << 3 << 0 << month << 1 << 3 << "limit_reached"
                                                  << "per member";
    QTest::addRow("daily limit") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(9) << 0 << 1
                                 << "day" << 1 << 1 << "limit_reached"
                                 << "daily";
    QTest::addRow("weekly limit") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(9) << 0 << 2
                                  << "week" << 2 << 1 << "limit_reached"
                                  << "weekly";
    QTest::addRow("monthly limit") << "active" << 1 << qint64(1000) << on << 0 << 0 << 1 << qint64(9) << 0
                                   << 1 << month << 1 << 1 << "limit_reached"
                                   << "monthly";
    QTest::addRow("not enough points") << "active" << 1 << qint64(99) << on << 0 << 0 << 1 << qint64(5) << 0
                                       << 0 << month << 0 << 1 << "insufficient_points"
                                       << "99";
    QTest::addRow("not enough for two") << "active" << 1 << qint64(150) << on << 0 << 0 << 1 << qint64(5) << 0
                                        << 0 << month << 0 << 2 << "insufficient_points"
                                        << "costs 200";
}

void TestRedemptionsApi::refusalsChangeNothing()
{
    QFETCH(QString, memberStatus);
    QFETCH(int, rank);
    QFETCH(qint64, points);
    QFETCH(QString, itemStatus);
    QFETCH(int, shelfFromDays);
    QFETCH(int, shelfUntilDays);
    QFETCH(int, minTierRank);
    QFETCH(qint64, stock);
    QFETCH(int, perMemberLimit);
    QFETCH(int, periodLimit);
    QFETCH(QString, period);
    QFETCH(int, before);
    QFETCH(int, quantity);
    QFETCH(QString, code);
    QFETCH(QString, says);

    // Points for the units redeemed first (and one more, cancelled) come on top.
    const qint64 member = m_data->addMember(rank, points + (before > 0 ? before + 1 : 0) * 100);
    QVERIFY(member > 0);
    MallTestData::Item item;
    item.pointsPrice = 100;
    item.status = itemStatus;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (shelfFromDays != 0)
        item.shelfFrom = now.addDays(shelfFromDays);
    if (shelfUntilDays != 0)
        item.shelfUntil = now.addDays(shelfUntilDays);
    item.minTierRank = minTierRank;
    item.stock = stock;
    item.perMemberLimit = perMemberLimit;
    item.periodLimitCount = periodLimit;
    item.period = period;
    const qint64 itemId = m_data->addItem(item);
    QVERIFY(itemId > 0);
    if (before > 0) {
        // A cancelled redemption does not count toward a limit.
        const HttpReply cancelled = redeem(member, itemId);
        QCOMPARE(cancelled.status, 201);
        QCOMPARE(m_support
                     ->post(QStringLiteral("/v1/redemptions/%1/cancel")
                                .arg(cancelled.json.value(QStringLiteral("id")).toInteger()),
                            {{QStringLiteral("reason"), QStringLiteral("test")}})
                     .status,
                 200);
    }
    for (int i = 0; i < before; ++i)
        QCOMPARE(redeem(member, itemId).status, 201);
    if (memberStatus != QLatin1String("active"))
        QVERIFY(m_data->db().exec(QStringLiteral("UPDATE members SET status = ? WHERE id = ?"),
                                  {memberStatus, member}));

    const QVariantList snapshot = m_data->snapshot();
    const HttpReply reply =
        m_support->send("POST", QStringLiteral("/v1/redemptions"),
                        QJsonDocument(QJsonObject{{QStringLiteral("memberId"), member},
                                                  {QStringLiteral("itemId"), itemId},
                                                  {QStringLiteral("quantity"), quantity}})
                            .toJson(QJsonDocument::Compact),
                        {{"Accept-Language", "en"}, {"Idempotency-Key", "refused-" + code.toUtf8()}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), code);
    const QString message =
        reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QCOMPARE(m_data->snapshot(), snapshot);
    // A refused write keeps no key: the same request answers the same again.
    if (memberStatus == QLatin1String("active") && code != QLatin1String("limit_reached"))
        QCOMPARE(redeem(member, itemId, quantity).errorCode(), code);
}

void TestRedemptionsApi::unknownMemberOrItemIsNotFound()
{
    const qint64 member = m_data->addMember(1, 500);
    const qint64 itemId = m_data->addItem({});
    const QVariantList snapshot = m_data->snapshot();
    QCOMPARE(redeem(999999, itemId).status, 404);
    QCOMPARE(redeem(member, 999999).status, 404);
    QCOMPARE(m_data->snapshot(), snapshot);
}

void TestRedemptionsApi::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addRow("no member") << QByteArray(R"({"itemId":1,"quantity":1})") << "memberId";
    QTest::addRow("no item") << QByteArray(R"({"memberId":1})") << "itemId";
    QTest::addRow("zero quantity") << QByteArray(R"({"memberId":1,"itemId":1,"quantity":0})") << "quantity";
    QTest::addRow("too many") << QByteArray(R"({"memberId":1,"itemId":1,"quantity":100})") << "quantity";
    QTest::addRow("fraction") << QByteArray(R"({"memberId":1,"itemId":1,"quantity":1.5})") << "quantity";
}

void TestRedemptionsApi::validationNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply reply = m_support->send("POST", QStringLiteral("/v1/redemptions"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(m_data->snapshot(), snapshot);
}

void TestRedemptionsApi::reusedKeyWithAnotherBodyConflicts()
{
    const qint64 member = m_data->addMember(1, 1000);
    const qint64 itemId = m_data->addItem({});
    QCOMPARE(redeem(member, itemId, 1, "same-key").status, 201);
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply other = redeem(member, itemId, 2, "same-key");
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), QStringLiteral("idempotency_conflict"));
    QCOMPARE(m_data->snapshot(), snapshot);
}

void TestRedemptionsApi::pointsComeFromTheEarliestExpiringLots()
{
    const qint64 member = m_data->addMember(1, 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_data->givePoints(member, 100));
    const auto lots = m_data->lots(member);
    QCOMPARE(lots.size(), 3);
    // The second lot lapses first, then the third, then the first.
    const qint64 day = 24LL * 60 * 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expiries[] = {now + 300 * day, now + 10 * day, now + 100 * day};
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_data->db().exec(QStringLiteral("UPDATE lots SET expires_at = ? WHERE id = ?"),
                                  {expiries[i], lots.at(i).first}));
    MallTestData::Item item;
    item.pointsPrice = 150;
    const qint64 itemId = m_data->addItem(item);
    const HttpReply reply = redeem(member, itemId);
    QCOMPARE(reply.status, 201);
    const auto after = m_data->lots(member);
    QCOMPARE(after.at(0).second, 100);
    QCOMPARE(after.at(1).second, 0);
    QCOMPARE(after.at(2).second, 50);
    QCOMPARE(m_data->balance(member), 150);
    const auto takes = m_data->db().rows(
        QStringLiteral("SELECT c.lot_id, c.amount FROM lot_consumptions c JOIN redemptions r ON r.entry_id = "
                       "c.entry_id WHERE r.id = ? ORDER BY c.amount DESC"),
        {reply.json.value(QStringLiteral("id")).toInteger()});
    QCOMPARE(takes.size(), 2);
    QCOMPARE(takes.at(0), QVariantList({lots.at(1).first, 100}));
    QCOMPARE(takes.at(1), QVariantList({lots.at(2).first, 50}));
}

void TestRedemptionsApi::priceUsesTierPrices_data()
{
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("cash");
    // 1000 points + 2 yuan; Silver 800, Diamond 600 (Gold pays Silver's).
    QTest::addRow("regular") << 1 << 1 << qint64(1000) << qint64(200);
    QTest::addRow("silver") << 2 << 1 << qint64(800) << qint64(200);
    QTest::addRow("gold pays the silver price") << 3 << 1 << qint64(800) << qint64(200);
    QTest::addRow("diamond") << 4 << 1 << qint64(600) << qint64(200);
    QTest::addRow("silver, three") << 2 << 3 << qint64(2400) << qint64(600);
}

void TestRedemptionsApi::priceUsesTierPrices()
{
    QFETCH(int, rank);
    QFETCH(int, quantity);
    QFETCH(qint64, points);
    QFETCH(qint64, cash);
    const qint64 member = m_data->addMember(rank, 5000);
    MallTestData::Item item;
    item.pointsPrice = 1000;
    item.cashPrice = 200;
    item.tierPrices = QJsonArray{QJsonObject{{QStringLiteral("rank"), 2}, {QStringLiteral("points"), 800}},
                                 QJsonObject{{QStringLiteral("rank"), 4}, {QStringLiteral("points"), 600}}};
    const qint64 itemId = m_data->addItem(item);
    const HttpReply reply = redeem(member, itemId, quantity);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QStringLiteral("points")).toInteger(), points);
    QCOMPARE(reply.json.value(QStringLiteral("cash")).toInteger(), cash);
    QCOMPARE(m_data->balance(member), 5000 - points);
}

QList<qint64> TestRedemptionsApi::listIds(const QString &query)
{
    QList<qint64> ids;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QString path = QStringLiteral("/v1/redemptions?limit=2&") + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpReply reply = m_support->get(path);
        if (reply.status != 200)
            return {-reply.status};
        const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
        if (items.size() > 2)
            return {-1};
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
        const QJsonValue next = reply.json.value(QStringLiteral("nextCursor"));
        if (next.isNull())
            return ids;
        cursor = QString::fromLatin1(QUrl::toPercentEncoding(next.toString()));
    }
    return {-2};
}

void TestRedemptionsApi::listFiltersAndPages()
{
    const qint64 alice = m_data->addMember(1, 5000);
    const qint64 bob = m_data->addMember(1, 5000);
    const qint64 first = m_data->addItem({});
    MallTestData::Item gift;
    gift.category = QStringLiteral("physicalGift");
    const qint64 second = m_data->addItem(gift);
    QList<qint64> placed; // in order: alice-first, bob-first, alice-second, bob-second, alice-first
    for (const auto &[member, item] : QList<QPair<qint64, qint64>>{
             {alice, first}, {bob, first}, {alice, second}, {bob, second}, {alice, first}}) {
        const HttpReply reply = redeem(member, item);
        QCOMPARE(reply.status, 201);
        placed.append(reply.json.value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(m_support
                 ->post(QStringLiteral("/v1/redemptions/%1/cancel").arg(placed.at(1)),
                        {{QStringLiteral("reason"), QStringLiteral("会员改主意")}})
                 .status,
             200);
    const QDateTime middle = QDateTime::currentDateTimeUtc();
    QTest::qWait(5);

    const auto reversed = [](QList<qint64> ids) {
        std::reverse(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(listIds(QStringLiteral("member=%1").arg(alice)),
             reversed({placed.at(0), placed.at(2), placed.at(4)}));
    QCOMPARE(listIds(QStringLiteral("item=%1").arg(first)),
             reversed({placed.at(0), placed.at(1), placed.at(4)}));
    QCOMPARE(listIds(QStringLiteral("member=%1&item=%2").arg(bob).arg(second)), QList<qint64>{placed.at(3)});
    QCOMPARE(listIds(QStringLiteral("status=cancelled&item=%1").arg(first)), QList<qint64>{placed.at(1)});
    QCOMPARE(listIds(QStringLiteral("status=placed&item=%1").arg(first)),
             reversed({placed.at(0), placed.at(4)}));
    // Time bounds on placedAt: everything so far is before `middle`, nothing after it.
    const QString iso = QString::fromLatin1(QUrl::toPercentEncoding(middle.toString(Qt::ISODateWithMs)));
    QCOMPARE(listIds(QStringLiteral("member=%1&to=%2").arg(alice).arg(iso)).size(), 3);
    QCOMPARE(listIds(QStringLiteral("member=%1&from=%2").arg(alice).arg(iso)), QList<qint64>{});
    const HttpReply late = redeem(alice, second);
    QCOMPARE(late.status, 201);
    QCOMPARE(listIds(QStringLiteral("member=%1&from=%2").arg(alice).arg(iso)),
             QList<qint64>{late.json.value(QStringLiteral("id")).toInteger()});

    // The whole list, newest first, every redemption once.
    const QList<qint64> all = listIds(QString());
    QCOMPARE(all.size(), m_data->count(QStringLiteral("SELECT COUNT(*) FROM redemptions")));
    QVERIFY(std::is_sorted(all.begin(), all.end(), std::greater<>()));
    QCOMPARE(QSet<qint64>(all.begin(), all.end()).size(), all.size());
}

void TestRedemptionsApi::listRefusesBadFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("status") << "status=lost"
                            << "status";
    QTest::addRow("member") << "member=abc"
                            << "member";
    QTest::addRow("item") << "item=-3"
                          << "item";
    QTest::addRow("from") << "from=yesterday"
                          << "from";
    QTest::addRow("limit") << "limit=501"
                           << "limit";
    QTest::addRow("cursor") << "cursor=nonsense"
                            << "cursor";
}

void TestRedemptionsApi::listRefusesBadFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply = m_support->get(QStringLiteral("/v1/redemptions?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
}

void TestRedemptionsApi::roles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("placeStatus");
    QTest::addColumn<int>("listStatus");
    QTest::addRow("operator reads, cannot redeem") << "olga" << 403 << 200;
    QTest::addRow("support") << "sue" << 201 << 200;
    QTest::addRow("manager") << "mona" << 201 << 200;
    QTest::addRow("admin") << "ada" << 201 << 200;
}

void TestRedemptionsApi::roles()
{
    QFETCH(QString, user);
    QFETCH(int, placeStatus);
    QFETCH(int, listStatus);
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(user, QString::fromLatin1(TestServer::kPassword)).status, 200);
    const qint64 member = m_data->addMember(1, 500);
    const qint64 itemId = m_data->addItem({});
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply placed = redeem(member, itemId, 1, {}, &http);
    QCOMPARE(placed.status, placeStatus);
    if (placeStatus == 403)
        QCOMPARE(m_data->snapshot(), snapshot);
    else
        QCOMPARE(placed.json.value(QStringLiteral("memberId")).toInteger(), member);
    QCOMPARE(http.get(QStringLiteral("/v1/redemptions?member=%1").arg(member)).status, listStatus);
    QCOMPARE(http.get(QStringLiteral("/v1/cases?status=open")).status, listStatus);
}

QTEST_GUILESS_MAIN(TestRedemptionsApi)
#include "tst_redemptionsapi.moc"
