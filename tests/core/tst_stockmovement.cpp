#include "core/StockChangeRequest.h"
#include "core/StockMovement.h"

#include <QTest>

using namespace loyalty;

Q_DECLARE_METATYPE(loyalty::StockMovement)

class tst_StockMovement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindWords_data();
    void kindWords();
    void movementRoundTrip_data();
    void movementRoundTrip();
    void changeValidation_data();
    void changeValidation();
    void goesNegative_data();
    void goesNegative();
    void changeFromJson_data();
    void changeFromJson();
};

void tst_StockMovement::kindWords_data()
{
    QTest::addColumn<QString>("word");
    for (const char *word : {"inbound", "correction", "reservation", "release", "shipment"})
        QTest::addRow("%s", word) << QString::fromLatin1(word);
}

void tst_StockMovement::kindWords()
{
    QFETCH(QString, word);
    StockMovementKind kind{};
    QVERIFY(stockMovementKindFromString(word, &kind));
    QCOMPARE(stockMovementKindToString(kind), word);
}

void tst_StockMovement::movementRoundTrip_data()
{
    QTest::addColumn<StockMovement>("movement");
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-23T18:48:00.000Z"), Qt::ISODateWithMs);
    QTest::addRow("inbound") << StockMovement{
        1, 7, StockMovementKind::Inbound, 100, 150, QStringLiteral("Delivery 42"), 0, QStringLiteral("ops"),
        at};
    QTest::addRow("reservation") << StockMovement{2,         7,  StockMovementKind::Reservation, -2, 148,
                                                  QString(), 99, QStringLiteral("member"),       at};
    QTest::addRow("correction down") << StockMovement{
        3, 7, StockMovementKind::Correction, -3, 145, QStringLiteral("Count"), 0, QStringLiteral("ops"), at};
}

void tst_StockMovement::movementRoundTrip()
{
    QFETCH(StockMovement, movement);
    const QJsonObject json = movement.toJson();
    QCOMPARE(json.contains(QStringLiteral("redemptionId")), movement.redemptionId != 0);
    QCOMPARE(json.value(QStringLiteral("quantityAfter")).toInteger(), movement.quantityAfter);
    QCOMPARE(StockMovement::fromJson(json), movement);
}

void tst_StockMovement::changeValidation_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString why = QStringLiteral("Delivery 42");
    QTest::addRow("inbound") << qint64(10) << why << QStringLiteral("inbound") << QString() << QString();
    QTest::addRow("inbound zero") << qint64(0) << why << QStringLiteral("inbound") << QStringLiteral("delta")
                                  << QStringLiteral("inbound_not_positive");
    QTest::addRow("inbound negative") << qint64(-1) << why << QStringLiteral("inbound")
                                      << QStringLiteral("delta") << QStringLiteral("inbound_not_positive");
    QTest::addRow("correction up") << qint64(3) << why << QStringLiteral("correction") << QString()
                                   << QString();
    QTest::addRow("correction down") << qint64(-3) << why << QStringLiteral("correction") << QString()
                                     << QString();
    QTest::addRow("correction zero") << qint64(0) << why << QStringLiteral("correction")
                                     << QStringLiteral("delta") << QStringLiteral("delta_zero");
    QTest::addRow("too large") << qint64(1'000'001) << why << QStringLiteral("inbound")
                               << QStringLiteral("delta") << QStringLiteral("delta_too_large");
    QTest::addRow("largest") << qint64(-1'000'000) << why << QStringLiteral("correction") << QString()
                             << QString();
    QTest::addRow("reason missing") << qint64(1) << QStringLiteral("  ") << QStringLiteral("inbound")
                                    << QStringLiteral("reason") << QStringLiteral("reason_required");
    QTest::addRow("reason 200") << qint64(1) << QString(200, QLatin1Char('r')) << QStringLiteral("inbound")
                                << QString() << QString();
    QTest::addRow("reason 201") << qint64(1) << QString(201, QLatin1Char('r')) << QStringLiteral("inbound")
                                << QStringLiteral("reason") << QStringLiteral("reason_too_long");
    QTest::addRow("reservation by hand") << qint64(-1) << why << QStringLiteral("reservation")
                                         << QStringLiteral("kind") << QStringLiteral("kind_not_manual");
    QTest::addRow("shipment by hand") << qint64(-1) << why << QStringLiteral("shipment")
                                      << QStringLiteral("kind") << QStringLiteral("kind_not_manual");
}

void tst_StockMovement::changeValidation()
{
    QFETCH(qint64, delta);
    QFETCH(QString, reason);
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, code);
    StockChangeRequest request{delta, reason};
    QVERIFY(stockMovementKindFromString(kind, &request.kind));
    const auto broken = request.validate();
    if (code.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
    QCOMPARE(broken->code, code);
    QVERIFY(!broken->text().isEmpty());
}

void tst_StockMovement::goesNegative_data()
{
    QTest::addColumn<qint64>("stock");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<bool>("negative");
    QTest::addRow("down to zero") << qint64(5) << qint64(-5) << false;
    QTest::addRow("one below zero") << qint64(5) << qint64(-6) << true;
    QTest::addRow("up from zero") << qint64(0) << qint64(1) << false;
    QTest::addRow("down from zero") << qint64(0) << qint64(-1) << true;
}

void tst_StockMovement::goesNegative()
{
    QFETCH(qint64, stock);
    QFETCH(qint64, delta);
    QFETCH(bool, negative);
    const StockChangeRequest request{delta, QStringLiteral("Count"), StockMovementKind::Correction};
    QCOMPARE(request.wouldGoNegative(stock), negative);
    const auto broken = request.checkAgainst(stock);
    QCOMPARE(bool(broken), negative);
    if (broken)
        QCOMPARE(broken->field, QStringLiteral("delta"));
}

void tst_StockMovement::changeFromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("kind");
    const QString reason = QStringLiteral("reason");
    const QString why = QStringLiteral("Count");
    QTest::addRow("plain positive reads as inbound")
        << QJsonObject{{QStringLiteral("delta"), 4}, {reason, why}} << QString() << QStringLiteral("inbound");
    QTest::addRow("plain negative reads as correction")
        << QJsonObject{{QStringLiteral("delta"), -4}, {reason, why}} << QString()
        << QStringLiteral("correction");
    QTest::addRow("explicit correction up")
        << QJsonObject{{QStringLiteral("delta"), 4},
                       {reason, why},
                       {QStringLiteral("kind"), QStringLiteral("correction")}}
        << QString() << QStringLiteral("correction");
    QTest::addRow("delta as text") << QJsonObject{{QStringLiteral("delta"), QStringLiteral("4")},
                                                  {reason, why}}
                                   << QStringLiteral("delta") << QString();
    QTest::addRow("delta fractional")
        << QJsonObject{{QStringLiteral("delta"), 1.5}, {reason, why}} << QStringLiteral("delta") << QString();
    QTest::addRow("unknown kind") << QJsonObject{{QStringLiteral("delta"), 4},
                                                 {reason, why},
                                                 {QStringLiteral("kind"), QStringLiteral("gift")}}
                                  << QStringLiteral("kind") << QString();
    QTest::addRow("reason as number")
        << QJsonObject{{QStringLiteral("delta"), 4}, {reason, 5}} << QStringLiteral("reason") << QString();
    QTest::addRow("reason missing") << QJsonObject{{QStringLiteral("delta"), 4}} << QStringLiteral("reason")
                                    << QString();
}

void tst_StockMovement::changeFromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QString, kind);
    StockChangeRequest request;
    const auto broken = StockChangeRequest::fromJson(json, &request);
    if (field.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        QCOMPARE(stockMovementKindToString(request.kind), kind);
        StockChangeRequest again;
        QVERIFY(!StockChangeRequest::fromJson(request.toJson(), &again));
        QCOMPARE(again.delta, request.delta);
        QCOMPARE(again.kind, request.kind);
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
}

QTEST_GUILESS_MAIN(tst_StockMovement)
#include "tst_stockmovement.moc"
