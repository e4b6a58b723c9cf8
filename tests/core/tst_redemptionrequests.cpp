#include "core/Redemption.h"
#include "core/RedemptionRequest.h"
#include "core/ShipmentRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace loyalty;

Q_DECLARE_METATYPE(loyalty::Redemption)

// Redemption (JSON) with the two requests that move one: placing it and shipping it.
class tst_RedemptionRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redemptionRoundTrip_data();
    void redemptionRoundTrip();
    void redemptionRequest_data();
    void redemptionRequest();
    void shipmentRequest_data();
    void shipmentRequest();
};

void tst_RedemptionRequests::redemptionRoundTrip_data()
{
    QTest::addColumn<Redemption>("redemption");
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-23T18:48:00.000Z"), Qt::ISODateWithMs);
    Redemption placed;
    placed.id = 1;
    placed.memberId = 10;
    placed.itemId = 20;
    placed.quantity = 2;
    placed.points = 1600;
    placed.placedAt = at;
    QTest::addRow("placed") << placed;
    Redemption fulfilled = placed;
    fulfilled.status = RedemptionStatus::Fulfilled;
    fulfilled.code = QStringLiteral("CAFE-1234");
    fulfilled.fulfilledAt = at.addSecs(60);
    QTest::addRow("fulfilled with a code") << fulfilled;
    Redemption shipped = placed;
    shipped.cash = 5000;
    shipped.status = RedemptionStatus::Completed;
    shipped.carrier = QStringLiteral("SF Express");
    shipped.trackingNumber = QStringLiteral("SF1234567890");
    shipped.shippedAt = at.addDays(1);
    shipped.completedAt = at.addDays(3);
    QTest::addRow("shipped and completed") << shipped;
    Redemption cancelled = placed;
    cancelled.status = RedemptionStatus::Cancelled;
    cancelled.cancelledAt = at.addSecs(5);
    cancelled.cancelReason = QStringLiteral("Member asked");
    QTest::addRow("cancelled") << cancelled;
}

void tst_RedemptionRequests::redemptionRoundTrip()
{
    QFETCH(Redemption, redemption);
    const QJsonObject json = redemption.toJson();
    for (const char *key : {"id", "memberId", "itemId", "quantity", "points", "cash", "status"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.contains(QStringLiteral("shippedAt")), redemption.shippedAt.isValid());
    QCOMPARE(Redemption::fromJson(QJsonDocument(json).object()), redemption);
}

void tst_RedemptionRequests::redemptionRequest_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("quantity");
    const auto body = [](QJsonValue member, QJsonValue item, QJsonValue quantity) {
        QJsonObject object{{QStringLiteral("memberId"), member}, {QStringLiteral("itemId"), item}};
        if (!quantity.isUndefined())
            object.insert(QStringLiteral("quantity"), quantity);
        return object;
    };
    QTest::addRow("one") << body(1, 2, 1) << QString() << 1;
    QTest::addRow("quantity missing reads as 1") << body(1, 2, QJsonValue::Undefined) << QString() << 1;
    QTest::addRow("99") << body(1, 2, 99) << QString() << 99;
    QTest::addRow("100") << body(1, 2, 100) << QStringLiteral("quantity") << 0;
    QTest::addRow("zero") << body(1, 2, 0) << QStringLiteral("quantity") << 0;
    QTest::addRow("negative") << body(1, 2, -1) << QStringLiteral("quantity") << 0;
    QTest::addRow("huge") << body(1, 2, 4294967297.0) << QStringLiteral("quantity") << 0;
    QTest::addRow("fractional") << body(1, 2, 1.5) << QStringLiteral("quantity") << 0;
    QTest::addRow("as text") << body(1, 2, QStringLiteral("2")) << QStringLiteral("quantity") << 0;
    QTest::addRow("member missing") << body(QJsonValue::Undefined, 2, 1) << QStringLiteral("memberId") << 0;
    QTest::addRow("member zero") << body(0, 2, 1) << QStringLiteral("memberId") << 0;
    QTest::addRow("item as text") << body(1, QStringLiteral("2"), 1) << QStringLiteral("itemId") << 0;
    QTest::addRow("item negative") << body(1, -2, 1) << QStringLiteral("itemId") << 0;
}

void tst_RedemptionRequests::redemptionRequest()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(int, quantity);
    RedemptionRequest request;
    const auto broken = RedemptionRequest::fromJson(json, &request);
    if (field.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        QCOMPARE(request.quantity, quantity);
        RedemptionRequest again;
        QVERIFY(!RedemptionRequest::fromJson(request.toJson(), &again));
        QCOMPARE(again.toJson(), request.toJson());
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
    QVERIFY(!broken->text().isEmpty());
}

void tst_RedemptionRequests::shipmentRequest_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("tracking");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString sf = QStringLiteral("SF Express");
    QTest::addRow("valid") << sf << QStringLiteral("SF1234567890") << QString() << QString();
    QTest::addRow("dashes, trimmed") << sf << QStringLiteral("  JD-0001-22 ") << QString() << QString();
    QTest::addRow("carrier missing") << QStringLiteral(" ") << QStringLiteral("SF1234567890")
                                     << QStringLiteral("carrier") << QStringLiteral("carrier_required");
    QTest::addRow("carrier too long") << QString(41, QLatin1Char('c')) << QStringLiteral("SF1234567890")
                                      << QStringLiteral("carrier") << QStringLiteral("carrier_too_long");
    QTest::addRow("tracking missing")
        << sf << QString() << QStringLiteral("trackingNumber") << QStringLiteral("tracking_required");
    QTest::addRow("tracking 5") << sf << QStringLiteral("12345") << QStringLiteral("trackingNumber")
                                << QStringLiteral("tracking_invalid");
    QTest::addRow("tracking 6") << sf << QStringLiteral("123456") << QString() << QString();
    QTest::addRow("tracking 41") << sf << QString(41, QLatin1Char('9')) << QStringLiteral("trackingNumber")
                                 << QStringLiteral("tracking_invalid");
    QTest::addRow("space inside") << sf << QStringLiteral("SF 1234567890") << QStringLiteral("trackingNumber")
                                  << QStringLiteral("tracking_invalid");
    QTest::addRow("not latin") << sf << QStringLiteral("顺丰1234567") << QStringLiteral("trackingNumber")
                               << QStringLiteral("tracking_invalid");
}

void tst_RedemptionRequests::shipmentRequest()
{
    QFETCH(QString, carrier);
    QFETCH(QString, tracking);
    QFETCH(QString, field);
    QFETCH(QString, code);
    ShipmentRequest request;
    const auto broken = ShipmentRequest::fromJson(ShipmentRequest{carrier, tracking}.toJson(), &request);
    if (code.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        QCOMPARE(request.trackingNumber, tracking.trimmed());
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
    QCOMPARE(broken->code, code);
    const ShipmentRequest direct{carrier, tracking};
    QCOMPARE(direct.validate()->code, code);
}

QTEST_GUILESS_MAIN(tst_RedemptionRequests)
#include "tst_redemptionrequests.moc"
