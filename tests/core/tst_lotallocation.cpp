#include "core/LotAllocation.h"

#include <QTest>

using loyalty::LotAllocation;
using loyalty::LotTake;
using loyalty::OpenLot;

using Lots = QList<OpenLot>;
using Takes = QList<LotTake>;

class tst_LotAllocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void take_data();
    void take();
    void restore_data();
    void restore();
};

void tst_LotAllocation::take_data()
{
    QTest::addColumn<Lots>("lots");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("possible");
    QTest::addColumn<Takes>("takes");

    const Lots three{{1, 100, 3000}, {2, 50, 1000}, {3, 70, 2000}};
    QTest::addRow("earliest expiry first, within one lot") << three << qint64(30) << true << Takes{{2, 30}};
    QTest::addRow("exactly empties the first lot") << three << qint64(50) << true << Takes{{2, 50}};
    QTest::addRow("FIFO across several lots")
        << three << qint64(140) << true << Takes{{2, 50}, {3, 70}, {1, 20}};
    QTest::addRow("exactly empties every lot")
        << three << qint64(220) << true << Takes{{2, 50}, {3, 70}, {1, 100}};
    QTest::addRow("more than available is refused") << three << qint64(221) << false << Takes{};
    QTest::addRow("ties broken by lower id")
        << Lots{{9, 10, 500}, {4, 10, 500}} << qint64(15) << true << Takes{{4, 10}, {9, 5}};
    QTest::addRow("empty lots are skipped")
        << Lots{{1, 0, 100}, {2, 5, 200}} << qint64(5) << true << Takes{{2, 5}};
    QTest::addRow("no lots") << Lots{} << qint64(1) << false << Takes{};
    QTest::addRow("zero amount refused") << three << qint64(0) << false << Takes{};
    QTest::addRow("negative amount refused") << three << qint64(-5) << false << Takes{};
}

void tst_LotAllocation::take()
{
    QFETCH(Lots, lots);
    QFETCH(qint64, amount);
    QFETCH(bool, possible);
    QFETCH(Takes, takes);
    const std::optional<Takes> result = LotAllocation::take(lots, amount);
    QCOMPARE(result.has_value(), possible);
    if (!possible)
        return;
    QCOMPARE(*result, takes);
    const Lots after = LotAllocation::apply(lots, *result);
    QCOMPARE(LotAllocation::total(after), LotAllocation::total(lots) - amount);
    for (const OpenLot &lot : after)
        QVERIFY(lot.remaining >= 0);
}

void tst_LotAllocation::restore_data()
{
    QTest::addColumn<Lots>("lots");
    QTest::addColumn<qint64>("amount");

    QTest::addRow("one lot") << Lots{{1, 100, 1000}} << qint64(40);
    QTest::addRow("several lots, emptied") << Lots{{1, 10, 1000}, {2, 20, 500}, {3, 30, 1500}} << qint64(60);
    QTest::addRow("several lots, partly") << Lots{{1, 10, 1000}, {2, 20, 500}, {3, 30, 1500}} << qint64(25);
}

void tst_LotAllocation::restore()
{
    // A reversal gives back exactly what the entry took, to the same lots.
    QFETCH(Lots, lots);
    QFETCH(qint64, amount);
    const std::optional<Takes> takes = LotAllocation::take(lots, amount);
    QVERIFY(takes);
    const Lots spent = LotAllocation::apply(lots, *takes);
    QCOMPARE(LotAllocation::restore(spent, *takes), lots);
}

QTEST_APPLESS_MAIN(tst_LotAllocation)
#include "tst_lotallocation.moc"
