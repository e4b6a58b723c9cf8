#include "core/AdjustmentRequest.h"

#include <QJsonDocument>
#include <QTest>

using loyalty::AdjustmentRequest;

class tst_AdjustmentRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_data();
    void fromJson();
};

void tst_AdjustmentRequest::fromJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QString>("code");

    QTest::addRow("credit") << QByteArray(R"({"amount":100,"reason":"goodwill"})") << QString() << QString();
    QTest::addRow("debit with note") << QByteArray(R"({"amount":-50,"reason":"other","note":"重复发放"})")
                                     << QString() << QString();
    QTest::addRow("zero") << QByteArray(R"({"amount":0,"reason":"goodwill"})") << QStringLiteral("amount")
                          << QStringLiteral("amount_zero");
    QTest::addRow("fraction") << QByteArray(R"({"amount":1.5,"reason":"goodwill"})")
                              << QStringLiteral("amount") << QStringLiteral("amount_not_integer");
    QTest::addRow("text amount") << QByteArray(R"({"amount":"100","reason":"goodwill"})")
                                 << QStringLiteral("amount") << QStringLiteral("amount_not_integer");
    QTest::addRow("missing amount") << QByteArray(R"({"reason":"goodwill"})") << QStringLiteral("amount")
                                    << QStringLiteral("amount_not_integer");
    QTest::addRow("too large") << QByteArray(R"({"amount":1000001,"reason":"goodwill"})")
                               << QStringLiteral("amount") << QStringLiteral("amount_too_large");
    QTest::addRow("no reason") << QByteArray(R"({"amount":10})") << QStringLiteral("reason")
                               << QStringLiteral("reason_required");
    QTest::addRow("unknown reason") << QByteArray(R"({"amount":10,"reason":"because"})")
                                    << QStringLiteral("reason") << QStringLiteral("reason_unknown");
    QTest::addRow("other without note") << QByteArray(R"({"amount":10,"reason":"other","note":"  "})")
                                        << QStringLiteral("note") << QStringLiteral("note_required");
    QTest::addRow("note too long") << QByteArray(R"({"amount":10,"reason":"goodwill","note":")" +
                                                 QByteArray(501, 'x') + R"("})")
                                   << QStringLiteral("note") << QStringLiteral("note_too_long");
}

void tst_AdjustmentRequest::fromJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    AdjustmentRequest request;
    const auto violation = AdjustmentRequest::fromJson(QJsonDocument::fromJson(body).object(), &request);
    if (field.isEmpty()) {
        QVERIFY2(!violation, violation ? qPrintable(violation->code) : "");
        QCOMPARE(AdjustmentRequest::fromJson(request.toJson(), &request).has_value(), false);
    } else {
        QVERIFY(violation.has_value());
        QCOMPARE(violation->field, field);
        QCOMPARE(violation->code, code);
        QVERIFY(!violation->text().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_AdjustmentRequest)
#include "tst_adjustmentrequest.moc"
