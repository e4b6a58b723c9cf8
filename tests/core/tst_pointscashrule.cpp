#include "core/PointsCashRule.h"

#include <QTest>

using namespace loyalty;

// domain.md: "Points + cash: gradient deduction (order >= 100 allows 50% by points, >= 300 allows 80%)".
class tst_PointsCashRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gradient_data();
    void gradient();
    void conversionRate_data();
    void conversionRate();
    void itemPrice_data();
    void itemPrice();
};

void tst_PointsCashRule::gradient_data()
{
    QTest::addColumn<qint64>("orderFen");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("shareFen");
    QTest::addColumn<qint64>("points");
    QTest::addRow("0 yuan") << qint64(0) << 0 << qint64(0) << qint64(0);
    QTest::addRow("99.99 yuan") << qint64(9999) << 0 << qint64(0) << qint64(0);
    QTest::addRow("100 yuan") << qint64(10000) << 50 << qint64(5000) << qint64(5000);
    QTest::addRow("100.01 yuan") << qint64(10001) << 50 << qint64(5000) << qint64(5000);
    QTest::addRow("299.99 yuan") << qint64(29999) << 50 << qint64(14999) << qint64(14999);
    QTest::addRow("300 yuan") << qint64(30000) << 80 << qint64(24000) << qint64(24000);
    QTest::addRow("300.01 yuan") << qint64(30001) << 80 << qint64(24000) << qint64(24000);
    QTest::addRow("1000 yuan") << qint64(100000) << 80 << qint64(80000) << qint64(80000);
}

void tst_PointsCashRule::gradient()
{
    QFETCH(qint64, orderFen);
    QFETCH(int, percent);
    QFETCH(qint64, shareFen);
    QFETCH(qint64, points);
    const PointsCashRule rule;
    QCOMPARE(rule.maxPercent(orderFen), percent);
    QCOMPARE(rule.maxPointsShareFen(orderFen), shareFen);
    QCOMPARE(rule.maxPoints(orderFen), points);
}

void tst_PointsCashRule::conversionRate_data()
{
    QTest::addColumn<qint64>("pointsPerYuan");
    QTest::addColumn<qint64>("orderFen");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("valueOf1000Points");
    QTest::addRow("default 100 per yuan") << qint64(100) << qint64(30000) << qint64(24000) << qint64(1000);
    QTest::addRow("10 per yuan") << qint64(10) << qint64(30000) << qint64(2400) << qint64(10000);
    QTest::addRow("200 per yuan") << qint64(200) << qint64(10000) << qint64(10000) << qint64(500);
}

void tst_PointsCashRule::conversionRate()
{
    QFETCH(qint64, pointsPerYuan);
    QFETCH(qint64, orderFen);
    QFETCH(qint64, points);
    QFETCH(qint64, valueOf1000Points);
    PointsCashRule rule;
    rule.pointsPerYuan = pointsPerYuan;
    QCOMPARE(rule.maxPoints(orderFen), points);
    QCOMPARE(rule.pointsValueFen(1000), valueOf1000Points);
}

void tst_PointsCashRule::itemPrice_data()
{
    QTest::addColumn<qint64>("pointsPrice");
    QTest::addColumn<qint64>("cashFen");
    QTest::addColumn<QString>("code");
    QTest::addRow("points only, cheap") << qint64(500) << qint64(0) << QString();
    QTest::addRow("points only, dear") << qint64(500000) << qint64(0) << QString();
    QTest::addRow("99.99 yuan, any points")
        << qint64(1) << qint64(9998) << QStringLiteral("points_share_not_allowed");
    QTest::addRow("99.99 yuan, cash only") << qint64(0) << qint64(9999) << QString();
    QTest::addRow("100 yuan, 50 percent") << qint64(5000) << qint64(5000) << QString();
    QTest::addRow("100 yuan, 50.01 percent")
        << qint64(5001) << qint64(4999) << QStringLiteral("points_share_too_high");
    QTest::addRow("299.99 yuan, 50 percent") << qint64(14999) << qint64(15000) << QString();
    QTest::addRow("299.99 yuan, over 50 percent")
        << qint64(15000) << qint64(14999) << QStringLiteral("points_share_too_high");
    QTest::addRow("300 yuan, 80 percent") << qint64(24000) << qint64(6000) << QString();
    QTest::addRow("300 yuan, 80.01 percent")
        << qint64(24003) << qint64(5997) << QStringLiteral("points_share_too_high");
    QTest::addRow("300 yuan, 60 percent") << qint64(18000) << qint64(12000) << QString();
}

void tst_PointsCashRule::itemPrice()
{
    QFETCH(qint64, pointsPrice);
    QFETCH(qint64, cashFen);
    QFETCH(QString, code);
    const auto broken = PointsCashRule().checkItemPrice(pointsPrice, cashFen);
    if (code.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->code, code);
    QCOMPARE(broken->field, QStringLiteral("pointsPrice"));
    QVERIFY(!broken->text().isEmpty());
}

QTEST_GUILESS_MAIN(tst_PointsCashRule)
#include "tst_pointscashrule.moc"
