#include "server/MallTestData.h"
#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using loyalty::test::HttpReply;
using loyalty::test::MallTestData;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// The life of a redemption after it is placed: cancel (points back to the same lots, stock released),
// fulfil / ship / complete, transitions refused, after-sales cases per fulfilment and every resolution
// with what it moves, the timeline and the audit rows.
class TestAfterSalesApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelRestoresBalanceLotsAndStock();
    void fulfilIssuesACode();
    void fulfilTakesAGivenCode();
    void charityIsFulfilledWithoutACode();
    void shipRecordsTheParcelThenCompletes();
    void invalidTransitionsConflict_data();
    void invalidTransitionsConflict();
    void stepsValidateTheirBodies_data();
    void stepsValidateTheirBodies();
    void caseKindsFollowTheFulfilment_data();
    void caseKindsFollowTheFulfilment();
    void caseNeedsADeliveredRedemption();
    void resolutions_data();
    void resolutions();
    void resolvingTwiceConflicts();
    void pointsAreRefundedOnce();
    void redemptionEntriesAreNotReversedByHand();
    void reshipNeedsStock();
    void timelineAndAuditFollowEveryStep();
    void casesListByStatus();
    void operatorsMayNotHandle();

private:
    // A redemption of a fresh item of `category`, placed by a fresh member with two lots; its id.
    qint64 place(const QString &category, qint64 *memberOut = nullptr, qint64 *itemOut = nullptr,
                 qint64 stock = 5, int quantity = 1);
    HttpReply step(qint64 id, const QString &action, const QJsonObject &body = {})
    {
        return m_support->post(QStringLiteral("/v1/redemptions/%1/%2").arg(id).arg(action), body);
    }
    // Brings a placed redemption to `status` (fulfilled, shipped, completed, cancelled).
    bool bring(qint64 id, const QString &category, const QString &status);
    HttpReply openCase(qint64 id, const QString &kind)
    {
        return m_support->post(
            QStringLiteral("/v1/redemptions/%1/cases").arg(id),
            {{QStringLiteral("kind"), kind}, {QStringLiteral("description"), QStringLiteral("没收到")}});
    }
    HttpReply resolve(qint64 caseId, const QString &outcome, bool restock = false, const QString &reason = {})
    {
        QJsonObject body{{QStringLiteral("outcome"), outcome}, {QStringLiteral("restock"), restock}};
        if (!reason.isEmpty())
            body.insert(QStringLiteral("reason"), reason);
        return m_support->post(QStringLiteral("/v1/cases/%1/resolve").arg(caseId), body);
    }
    QJsonObject redemption(qint64 id)
    {
        return m_support->get(QStringLiteral("/v1/redemptions/%1").arg(id)).json;
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    std::unique_ptr<MallTestData> m_data;
};

void TestAfterSalesApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start({QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")}));
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    m_data = std::make_unique<MallTestData>(m_server.databasePath(), m_support.get());
}

qint64 TestAfterSalesApi::place(const QString &category, qint64 *memberOut, qint64 *itemOut, qint64 stock,
                                int quantity)
{
    const qint64 member = m_data->addMember(1, 0);
    // Two lots, so a redemption of 150 takes from both.
    if (member == 0 || !m_data->givePoints(member, 100) || !m_data->givePoints(member, 100))
        return 0;
    MallTestData::Item item;
    item.category = category;
    item.pointsPrice = 150 / quantity;
    item.stock = stock;
    const qint64 itemId = m_data->addItem(item);
    const HttpReply reply =
        m_support->post(QStringLiteral("/v1/redemptions"), {{QStringLiteral("memberId"), member},
                                                            {QStringLiteral("itemId"), itemId},
                                                            {QStringLiteral("quantity"), quantity}});
    if (reply.status != 201)
        return 0;
    if (memberOut)
        *memberOut = member;
    if (itemOut)
        *itemOut = itemId;
    return reply.json.value(QStringLiteral("id")).toInteger();
}

bool TestAfterSalesApi::bring(qint64 id, const QString &category, const QString &status)
{
    if (status == QLatin1String("placed"))
        return true;
    if (status == QLatin1String("cancelled"))
        return step(id, QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("test")}})
                   .status == 200;
    const bool ships = category == QLatin1String("physicalGift");
    const HttpReply delivered =
        ships ? step(id, QStringLiteral("ship"),
                     {{QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                      {QStringLiteral("trackingNumber"), QStringLiteral("SF1234567890")}})
              : step(id, QStringLiteral("fulfil"));
    if (delivered.status != 200)
        return false;
    if (status == QLatin1String("completed"))
        return step(id, QStringLiteral("complete")).status == 200;
    return true;
}

void TestAfterSalesApi::cancelRestoresBalanceLotsAndStock()
{
    qint64 member = 0;
    qint64 itemId = 0;
    const qint64 lotsBefore = m_data->count(QStringLiteral("SELECT COUNT(*) FROM lots"));
    // Lots and stock as they were before the redemption: place one on a twin member to learn them.
    const qint64 id = place(QStringLiteral("coupon"), &member, &itemId, 5, 3);
    QVERIFY(id > 0);
    QCOMPARE(m_data->balance(member), 50);
    QCOMPARE(m_data->stock(itemId), 2);
    const auto lotsAfterSpend = m_data->lots(member);
    QCOMPARE(lotsAfterSpend.size(), 2);

    const HttpReply cancelled =
        step(id, QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("会员申请取消")}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.json.value(QStringLiteral("cancelReason")).toString(), QStringLiteral("会员申请取消"));
    QVERIFY(!cancelled.json.value(QStringLiteral("cancelledAt")).toString().isEmpty());
    QCOMPARE(cancelled.json.value(QStringLiteral("actions")).toArray(), QJsonArray());

    QCOMPARE(m_data->balance(member), 200);
    const auto lots = m_data->lots(member);
    QCOMPARE(lots.size(), 2); // the refund opened no lot of its own
    QCOMPARE(lots.at(0).second, 100);
    QCOMPARE(lots.at(1).second, 100);
    QCOMPARE(lots.at(0).first, lotsAfterSpend.at(0).first);
    QCOMPARE(m_data->count(QStringLiteral("SELECT COUNT(*) FROM lots")), lotsBefore + 2);
    QCOMPARE(m_data->stock(itemId), 5);
    const auto refund = m_data->db().rows(
        QStringLiteral(
            "SELECT e.kind, e.amount, e.reverses_entry_id = r.entry_id, e.source FROM ledger_entries e "
            "JOIN redemptions r ON r.id = ? WHERE e.member_id = r.member_id ORDER BY e.id DESC LIMIT 1"),
        {id});
    QCOMPARE(refund.value(0), QVariantList({QStringLiteral("refund"), 150, 1, QStringLiteral("redemption")}));
    const auto release = m_data->db().rows(
        QStringLiteral(
            "SELECT kind, delta, quantity_after FROM stock_movements WHERE redemption_id = ? ORDER BY id"),
        {id});
    QCOMPARE(release.size(), 2);
    QCOMPARE(release.at(1), QVariantList({QStringLiteral("release"), 3, 5}));
    // The balance is still the ledger's sum.
    QCOMPARE(
        m_data->count(QStringLiteral("SELECT SUM(amount) FROM ledger_entries WHERE member_id = ?"), {member}),
        200);

    const QVariantList snapshot = m_data->snapshot();
    const HttpReply again =
        step(id, QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("twice")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("invalid_transition"));
    QCOMPARE(m_data->snapshot(), snapshot);
}

void TestAfterSalesApi::fulfilIssuesACode()
{
    const qint64 id = place(QStringLiteral("coupon"));
    QVERIFY(id > 0);
    const HttpReply fulfilled = step(id, QStringLiteral("fulfil"));
    QCOMPARE(fulfilled.status, 200);
    QCOMPARE(fulfilled.json.value(QStringLiteral("status")).toString(), QStringLiteral("fulfilled"));
    const QString code = fulfilled.json.value(QStringLiteral("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$")).match(code).hasMatch(),
             qPrintable(code));
    QVERIFY(!fulfilled.json.value(QStringLiteral("fulfilledAt")).toString().isEmpty());
    QCOMPARE(fulfilled.json.value(QStringLiteral("actions")).toArray(),
             QJsonArray({QStringLiteral("complete"), QStringLiteral("openCase")}));
    QVERIFY(place(QStringLiteral("lottery")) > 0);
}

void TestAfterSalesApi::fulfilTakesAGivenCode()
{
    const qint64 id = place(QStringLiteral("virtualRight"));
    const HttpReply fulfilled =
        step(id, QStringLiteral("fulfil"), {{QStringLiteral("code"), QStringLiteral(" VIP-2026-0001 ")}});
    QCOMPARE(fulfilled.status, 200);
    QCOMPARE(fulfilled.json.value(QStringLiteral("code")).toString(), QStringLiteral("VIP-2026-0001"));
}

void TestAfterSalesApi::charityIsFulfilledWithoutACode()
{
    const qint64 id = place(QStringLiteral("charity"));
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply withCode =
        step(id, QStringLiteral("fulfil"), {{QStringLiteral("code"), QStringLiteral("X1")}});
    QCOMPARE(withCode.status, 400);
    QCOMPARE(withCode.errorField(), QStringLiteral("code"));
    QCOMPARE(m_data->snapshot(), snapshot);
    const HttpReply fulfilled = step(id, QStringLiteral("fulfil"));
    QCOMPARE(fulfilled.status, 200);
    QCOMPARE(fulfilled.json.value(QStringLiteral("code")).toString(), QString());
    QCOMPARE(fulfilled.json.value(QStringLiteral("fulfilment")).toString(), QStringLiteral("direct"));
}

void TestAfterSalesApi::shipRecordsTheParcelThenCompletes()
{
    qint64 itemId = 0;
    const qint64 id = place(QStringLiteral("physicalGift"), nullptr, &itemId, 5, 1);
    QCOMPARE(redemption(id).value(QStringLiteral("actions")).toArray(),
             QJsonArray({QStringLiteral("ship"), QStringLiteral("cancel")}));
    const HttpReply shipped = step(id, QStringLiteral("ship"),
                                   {{QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                                    {QStringLiteral("trackingNumber"), QStringLiteral("SF1234567890")}});
    QCOMPARE(shipped.status, 200);
    QCOMPARE(shipped.json.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    QCOMPARE(shipped.json.value(QStringLiteral("carrier")).toString(), QStringLiteral("顺丰速运"));
    QCOMPARE(shipped.json.value(QStringLiteral("trackingNumber")).toString(), QStringLiteral("SF1234567890"));
    QCOMPARE(m_data->stock(itemId), 4); // the reservation took it; shipping moves the count no further
    const auto movements = m_data->db().rows(
        QStringLiteral(
            "SELECT kind, delta, quantity_after FROM stock_movements WHERE redemption_id = ? ORDER BY id"),
        {id});
    QCOMPARE(movements.size(), 2);
    QCOMPARE(movements.at(1), QVariantList({QStringLiteral("shipment"), 0, 4}));

    const HttpReply completed = step(id, QStringLiteral("complete"));
    QCOMPARE(completed.status, 200);
    QCOMPARE(completed.json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(!completed.json.value(QStringLiteral("completedAt")).toString().isEmpty());
    QCOMPARE(completed.json.value(QStringLiteral("actions")).toArray(),
             QJsonArray({QStringLiteral("openCase")}));
}

void TestAfterSalesApi::invalidTransitionsConflict_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("action");
    QTest::addRow("fulfil a parcel") << "physicalGift"
                                     << "placed"
                                     << "fulfil";
    QTest::addRow("ship a coupon") << "coupon"
                                   << "placed"
                                   << "ship";
    QTest::addRow("complete a placed one") << "coupon"
                                           << "placed"
                                           << "complete";
    QTest::addRow("fulfil twice") << "coupon"
                                  << "fulfilled"
                                  << "fulfil";
    QTest::addRow("cancel a fulfilled one") << "coupon"
                                            << "fulfilled"
                                            << "cancel";
    QTest::addRow("cancel a shipped one") << "physicalGift"
                                          << "shipped"
                                          << "cancel";
    QTest::addRow("ship a cancelled one") << "physicalGift"
                                          << "cancelled"
                                          << "ship";
    QTest::addRow("complete a cancelled one") << "coupon"
                                              << "cancelled"
                                              << "complete";
    QTest::addRow("complete twice") << "service"
                                    << "completed"
                                    << "complete";
    QTest::addRow("cancel a completed one") << "charity"
                                            << "completed"
                                            << "cancel";
}

void TestAfterSalesApi::invalidTransitionsConflict()
{
    QFETCH(QString, category);
    QFETCH(QString, status);
    QFETCH(QString, action);
    const qint64 id = place(category);
    QVERIFY(id > 0);
    QVERIFY(bring(id, category, status));
    const QVariantList snapshot = m_data->snapshot();
    QJsonObject body;
    if (action == QLatin1String("cancel"))
        body.insert(QStringLiteral("reason"), QStringLiteral("test"));
    if (action == QLatin1String("ship"))
        body = {{QStringLiteral("carrier"), QStringLiteral("中通快递")},
                {QStringLiteral("trackingNumber"), QStringLiteral("ZT9876543210")}};
    const HttpReply reply =
        m_support->send("POST", QStringLiteral("/v1/redemptions/%1/%2").arg(id).arg(action),
                        QJsonDocument(body).toJson(), {{"Accept-Language", "en"}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_transition"));
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(m_data->snapshot(), snapshot);
    QCOMPARE(redemption(id).value(QStringLiteral("status")).toString(), status);
}

void TestAfterSalesApi::stepsValidateTheirBodies_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addRow("cancel without reason") << "cancel" << QByteArray("{}") << "reason";
    QTest::addRow("cancel with blank reason") << "cancel" << QByteArray(R"({"reason":"  "})") << "reason";
    QTest::addRow("cancel with long reason")
        << "cancel" << (R"({"reason":")" + QByteArray(201, 'x') + "\"}") << "reason";
    QTest::addRow("ship without carrier")
        << "ship" << QByteArray(R"({"trackingNumber":"SF1234567890"})") << "carrier";
    QTest::addRow("ship with a bad number")
        << "ship" << QByteArray(R"({"carrier":"顺丰","trackingNumber":"SF 12"})") << "trackingNumber";
    QTest::addRow("fulfil with a long code")
        << "fulfil" << (R"({"code":")" + QByteArray(65, 'C') + "\"}") << "code";
}

void TestAfterSalesApi::stepsValidateTheirBodies()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qint64 id =
        place(action == QLatin1String("ship") ? QStringLiteral("physicalGift") : QStringLiteral("coupon"));
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply reply =
        m_support->send("POST", QStringLiteral("/v1/redemptions/%1/%2").arg(id).arg(action), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(m_data->snapshot(), snapshot);
}

void TestAfterSalesApi::caseKindsFollowTheFulfilment_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("fits");
    const QStringList kinds{QStringLiteral("notReceived"), QStringLiteral("damaged"), QStringLiteral("lost"),
                            QStringLiteral("wrongItem")};
    const QList<QPair<QString, QStringList>> fitting{
        {QStringLiteral("physicalGift"), kinds},
        {QStringLiteral("coupon"), {QStringLiteral("notReceived"), QStringLiteral("wrongItem")}},
        {QStringLiteral("charity"), {QStringLiteral("notReceived")}}};
    for (const auto &[category, fits] : fitting) {
        for (const QString &kind : kinds)
            QTest::addRow("%s %s", qPrintable(category), qPrintable(kind))
                << category << kind << fits.contains(kind);
    }
}

void TestAfterSalesApi::caseKindsFollowTheFulfilment()
{
    QFETCH(QString, category);
    QFETCH(QString, kind);
    QFETCH(bool, fits);
    const qint64 id = place(category);
    QVERIFY(bring(id, category, QStringLiteral("completed")));
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply reply = openCase(id, kind);
    if (!fits) {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorField(), QStringLiteral("kind"));
        QCOMPARE(m_data->snapshot(), snapshot);
        return;
    }
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(reply.json.value(QStringLiteral("redemptionId")).toInteger(), id);
    QCOMPARE(reply.json.value(QStringLiteral("openedBy")).toString(), QStringLiteral("sue"));
    QCOMPARE(redemption(id).value(QStringLiteral("openCases")).toInt(), 1);
}

void TestAfterSalesApi::caseNeedsADeliveredRedemption()
{
    for (const QString &status : {QStringLiteral("placed"), QStringLiteral("cancelled")}) {
        const qint64 id = place(QStringLiteral("coupon"));
        QVERIFY(bring(id, QStringLiteral("coupon"), status));
        const QVariantList snapshot = m_data->snapshot();
        const HttpReply reply = openCase(id, QStringLiteral("notReceived"));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_transition"));
        QCOMPARE(m_data->snapshot(), snapshot);
    }
    QCOMPARE(openCase(999999, QStringLiteral("notReceived")).status, 404);
    const qint64 fulfilled = place(QStringLiteral("coupon"));
    QVERIFY(bring(fulfilled, QStringLiteral("coupon"), QStringLiteral("fulfilled")));
    QCOMPARE(openCase(fulfilled, QStringLiteral("notReceived")).status, 201);
}

void TestAfterSalesApi::resolutions_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("restock");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("pointsBack");
    QTest::addColumn<qint64>("stockMove");
    QTest::addColumn<bool>("newCode");
    QTest::addColumn<QStringList>("events"); // after caseResolved
    QTest::addRow("refund, kept") << "coupon"
                                  << "notReceived"
                                  << "refund" << false << "" << qint64(150) << qint64(0) << false
                                  << QStringList{QStringLiteral("refunded")};
    QTest::addRow("refund, restocked")
        << "physicalGift"
        << "damaged"
        << "refund" << true << "退货入库" << qint64(150) << qint64(1) << false
        << QStringList{QStringLiteral("refunded"), QStringLiteral("restocked")};
    QTest::addRow("refund a lost parcel") << "physicalGift"
                                          << "lost"
                                          << "refund" << false << "" << qint64(150) << qint64(0) << false
                                          << QStringList{QStringLiteral("refunded")};
    QTest::addRow("reship") << "physicalGift"
                            << "lost"
                            << "reship" << false << "" << qint64(0) << qint64(-1) << false
                            << QStringList{QStringLiteral("reshipped")};
    QTest::addRow("reissue") << "coupon"
                             << "wrongItem"
                             << "reissue" << false << "" << qint64(0) << qint64(0) << true
                             << QStringList{QStringLiteral("codeReissued")};
    QTest::addRow("reject") << "physicalGift"
                            << "damaged"
                            << "reject" << false << "签收时完好" << qint64(0) << qint64(0) << false
                            << QStringList{};
    QTest::addRow("refund a donation") << "charity"
                                       << "notReceived"
                                       << "refund" << false << "" << qint64(150) << qint64(0) << false
                                       << QStringList{QStringLiteral("refunded")};
}

void TestAfterSalesApi::resolutions()
{
    QFETCH(QString, category);
    QFETCH(QString, kind);
    QFETCH(QString, outcome);
    QFETCH(bool, restock);
    QFETCH(QString, reason);
    QFETCH(qint64, pointsBack);
    QFETCH(qint64, stockMove);
    QFETCH(bool, newCode);
    QFETCH(QStringList, events);

    qint64 member = 0;
    qint64 itemId = 0;
    const qint64 id = place(category, &member, &itemId);
    QVERIFY(id > 0);
    QVERIFY(bring(id, category, QStringLiteral("completed")));
    const HttpReply opened = openCase(id, kind);
    QCOMPARE(opened.status, 201);
    const qint64 caseId = opened.json.value(QStringLiteral("id")).toInteger();
    const qint64 balance = m_data->balance(member);
    const qint64 stock = m_data->stock(itemId);
    const auto lots = m_data->lots(member);
    const QString code = redemption(id).value(QStringLiteral("code")).toString();

    const HttpReply resolved = resolve(caseId, outcome, restock, reason);
    QCOMPARE(resolved.status, 200);
    const QJsonObject afterSales = resolved.json.value(QStringLiteral("case")).toObject();
    QCOMPARE(afterSales.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(afterSales.value(QStringLiteral("outcome")).toString(), outcome);
    QCOMPARE(afterSales.value(QStringLiteral("restock")).toBool(), restock);
    QCOMPARE(afterSales.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(afterSales.value(QStringLiteral("resolvedBy")).toString(), QStringLiteral("sue"));
    const QJsonObject after = resolved.json.value(QStringLiteral("redemption")).toObject();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(after.value(QStringLiteral("openCases")).toInt(), 0);

    QCOMPARE(m_data->balance(member), balance + pointsBack);
    QCOMPARE(m_data->stock(itemId), stock + stockMove);
    if (pointsBack > 0) {
        // Back into the lots the spend took them from: as before the redemption.
        const auto restored = m_data->lots(member);
        QCOMPARE(restored.size(), lots.size());
        QCOMPARE(restored.at(0).second, 100);
        QCOMPARE(restored.at(1).second, 100);
    } else {
        QCOMPARE(m_data->lots(member), lots);
    }
    const QString nowCode = after.value(QStringLiteral("code")).toString();
    if (newCode) {
        QVERIFY(!nowCode.isEmpty());
        QVERIFY(nowCode != code);
    } else {
        QCOMPARE(nowCode, code);
    }
    if (stockMove < 0) {
        const auto last = m_data->db().rows(
            QStringLiteral(
                "SELECT kind, delta FROM stock_movements WHERE redemption_id = ? ORDER BY id DESC LIMIT 1"),
            {id});
        QCOMPARE(last.value(0), QVariantList({QStringLiteral("shipment"), stockMove}));
    }

    QStringList kinds;
    const QJsonArray timeline = redemption(id).value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue &event : timeline)
        kinds.append(event.toObject().value(QStringLiteral("kind")).toString());
    const qsizetype resolvedAt = kinds.indexOf(QStringLiteral("caseResolved"));
    QVERIFY(resolvedAt > 0);
    QCOMPARE(kinds.mid(resolvedAt + 1), events);
}

void TestAfterSalesApi::resolvingTwiceConflicts()
{
    const qint64 id = place(QStringLiteral("physicalGift"));
    QVERIFY(bring(id, QStringLiteral("physicalGift"), QStringLiteral("shipped")));
    const qint64 caseId =
        openCase(id, QStringLiteral("damaged")).json.value(QStringLiteral("id")).toInteger();

    // A rejection needs a reason; without one the case stays open and nothing moves.
    QVariantList snapshot = m_data->snapshot();
    const HttpReply noReason = resolve(caseId, QStringLiteral("reject"));
    QCOMPARE(noReason.status, 400);
    QCOMPARE(noReason.errorField(), QStringLiteral("reason"));
    QCOMPARE(m_data->snapshot(), snapshot);
    // Restock only comes with a refund.
    QCOMPARE(resolve(caseId, QStringLiteral("reship"), true).errorField(), QStringLiteral("restock"));
    // Reissue is for codes.
    QCOMPARE(resolve(caseId, QStringLiteral("reissue")).errorField(), QStringLiteral("outcome"));

    QCOMPARE(resolve(caseId, QStringLiteral("reject"), false, QStringLiteral("包装完好")).status, 200);
    snapshot = m_data->snapshot();
    const HttpReply twice = resolve(caseId, QStringLiteral("refund"));
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), QStringLiteral("already_resolved"));
    QCOMPARE(m_data->snapshot(), snapshot);
    QCOMPARE(resolve(999999, QStringLiteral("refund")).status, 404);
}

void TestAfterSalesApi::pointsAreRefundedOnce()
{
    qint64 member = 0;
    const qint64 id = place(QStringLiteral("coupon"), &member);
    QVERIFY(bring(id, QStringLiteral("coupon"), QStringLiteral("fulfilled")));
    const qint64 first =
        openCase(id, QStringLiteral("notReceived")).json.value(QStringLiteral("id")).toInteger();
    const qint64 second =
        openCase(id, QStringLiteral("wrongItem")).json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(redemption(id).value(QStringLiteral("openCases")).toInt(), 2);
    QCOMPARE(resolve(first, QStringLiteral("refund")).status, 200);
    QCOMPARE(m_data->balance(member), 200);
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply again = resolve(second, QStringLiteral("refund"));
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("already_refunded"));
    QCOMPARE(m_data->snapshot(), snapshot);
    // The second case can still be settled otherwise.
    QCOMPARE(resolve(second, QStringLiteral("reissue")).status, 200);
}

void TestAfterSalesApi::redemptionEntriesAreNotReversedByHand()
{
    // A bare reversal would give the points back and leave the goods with the member.
    qint64 member = 0;
    const qint64 id = place(QStringLiteral("coupon"), &member);
    QCOMPARE(step(id, QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("member asked")}})
                 .status,
             200);
    const QList<QVariantList> entries = m_data->db().rows(
        QStringLiteral("SELECT id FROM ledger_entries WHERE member_id = ? AND source = 'redemption'"),
        {member});
    QCOMPARE(entries.size(), 2); // the spend and its refund
    const QVariantList snapshot = m_data->snapshot();
    for (const QVariantList &entry : entries) {
        const HttpReply reply =
            m_support->post(QStringLiteral("/v1/ledger/%1/reverse").arg(entry.constFirst().toLongLong()),
                            {{QStringLiteral("reason"), QStringLiteral("correction")},
                             {QStringLiteral("note"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("redemption_entry"));
    }
    QCOMPARE(m_data->snapshot(), snapshot);
}

void TestAfterSalesApi::reshipNeedsStock()
{
    qint64 itemId = 0;
    const qint64 id = place(QStringLiteral("physicalGift"), nullptr, &itemId, 1);
    QCOMPARE(m_data->stock(itemId), 0);
    QVERIFY(bring(id, QStringLiteral("physicalGift"), QStringLiteral("shipped")));
    const qint64 caseId = openCase(id, QStringLiteral("lost")).json.value(QStringLiteral("id")).toInteger();
    const QVariantList snapshot = m_data->snapshot();
    const HttpReply reply = resolve(caseId, QStringLiteral("reship"));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("out_of_stock"));
    QCOMPARE(m_data->snapshot(), snapshot);
    QCOMPARE(redemption(id).value(QStringLiteral("openCases")).toInt(), 1);
}

void TestAfterSalesApi::timelineAndAuditFollowEveryStep()
{
    qint64 member = 0;
    const qint64 id = place(QStringLiteral("coupon"), &member);
    QCOMPARE(step(id, QStringLiteral("fulfil")).status, 200);
    const HttpReply opened = openCase(id, QStringLiteral("notReceived"));
    const qint64 caseId = opened.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(resolve(caseId, QStringLiteral("reissue")).status, 200);
    QCOMPARE(step(id, QStringLiteral("complete")).status, 200);

    const QJsonObject view = redemption(id);
    const QJsonArray timeline = view.value(QStringLiteral("timeline")).toArray();
    QStringList kinds;
    qint64 lastId = 0;
    for (const QJsonValue &value : timeline) {
        const QJsonObject event = value.toObject();
        kinds.append(event.value(QStringLiteral("kind")).toString());
        QVERIFY(event.value(QStringLiteral("id")).toInteger() > lastId);
        lastId = event.value(QStringLiteral("id")).toInteger();
        QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("sue"));
        QVERIFY(!event.value(QStringLiteral("at")).toString().isEmpty());
    }
    QCOMPARE(kinds, QStringList({QStringLiteral("placed"), QStringLiteral("fulfilled"),
                                 QStringLiteral("caseOpened"), QStringLiteral("caseResolved"),
                                 QStringLiteral("codeReissued"), QStringLiteral("completed")}));
    QCOMPARE(timeline.at(2)
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("caseId"))
                 .toInteger(),
             caseId);
    const QJsonArray cases = view.value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("reissue"));

    const auto audit = m_data->db().rows(
        QStringLiteral(
            "SELECT action, entity, entity_id, actor_name, member_id FROM audit_log WHERE (entity = "
            "'redemption' AND entity_id = ?) OR (entity = 'case' AND entity_id = ?) ORDER BY id"),
        {QString::number(id), QString::number(caseId)});
    QStringList actions;
    for (const QVariantList &row : audit) {
        actions.append(row.at(0).toString());
        QCOMPARE(row.at(3).toString(), QStringLiteral("sue"));
        QCOMPARE(row.at(4).toLongLong(), member);
    }
    QCOMPARE(actions, QStringList({QStringLiteral("redemption.place"), QStringLiteral("redemption.fulfil"),
                                   QStringLiteral("case.open"), QStringLiteral("case.resolve"),
                                   QStringLiteral("redemption.complete")}));
}

void TestAfterSalesApi::casesListByStatus()
{
    const qint64 id = place(QStringLiteral("coupon"));
    QVERIFY(bring(id, QStringLiteral("coupon"), QStringLiteral("fulfilled")));
    const qint64 open =
        openCase(id, QStringLiteral("notReceived")).json.value(QStringLiteral("id")).toInteger();
    const qint64 closed =
        openCase(id, QStringLiteral("wrongItem")).json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(resolve(closed, QStringLiteral("reject"), false, QStringLiteral("不符合")).status, 200);

    const auto idsOf = [&](const QString &query) {
        QList<qint64> ids;
        const QJsonArray items = m_support->get(QStringLiteral("/v1/cases?limit=500&") + query)
                                     .json.value(QStringLiteral("items"))
                                     .toArray();
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    };
    const QList<qint64> openIds = idsOf(QStringLiteral("status=open"));
    QVERIFY(openIds.contains(open));
    QVERIFY(!openIds.contains(closed));
    QVERIFY(idsOf(QStringLiteral("status=resolved")).contains(closed));
    const QList<qint64> all = idsOf(QString());
    QVERIFY(all.indexOf(closed) < all.indexOf(open)); // newest first
    const HttpReply page = m_support->get(QStringLiteral("/v1/cases?status=open&limit=1"));
    QCOMPARE(page.json.value(QStringLiteral("items")).toArray().size(), 1);
    const QJsonObject first = page.json.value(QStringLiteral("items")).toArray().at(0).toObject();
    QVERIFY(!first.value(QStringLiteral("memberNo")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("itemName")).toString().isEmpty());
    QCOMPARE(m_support->get(QStringLiteral("/v1/cases?status=closed")).status, 400);
}

void TestAfterSalesApi::operatorsMayNotHandle()
{
    const qint64 id = place(QStringLiteral("coupon"));
    TestHttp olga(m_server.baseUrl());
    QCOMPARE(olga.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const QVariantList snapshot = m_data->snapshot();
    QCOMPARE(olga.post(QStringLiteral("/v1/redemptions/%1/cancel").arg(id),
                       {{QStringLiteral("reason"), QStringLiteral("x")}})
                 .status,
             403);
    QCOMPARE(olga.post(QStringLiteral("/v1/redemptions/%1/fulfil").arg(id), {}).status, 403);
    QCOMPARE(m_data->snapshot(), snapshot);
    QCOMPARE(olga.get(QStringLiteral("/v1/redemptions/%1").arg(id)).status, 200);
}

QTEST_GUILESS_MAIN(TestAfterSalesApi)
#include "tst_aftersalesapi.moc"
