#include "core/RedemptionStatus.h"

#include <QTest>

using namespace loyalty;

Q_DECLARE_METATYPE(loyalty::RedemptionStatus)
Q_DECLARE_METATYPE(loyalty::ItemFulfilment)

namespace {
using S = RedemptionStatus;
const QList<S> kAll{S::Placed, S::Fulfilled, S::Shipped, S::Completed, S::Cancelled};

QString actionWords(const QList<RedemptionAction> &actions)
{
    QStringList words;
    for (RedemptionAction action : actions)
        words << redemptionActionToString(action);
    return words.join(QLatin1Char(' '));
}
} // namespace

class tst_RedemptionStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words();
    void everyPair_data();
    void everyPair();
    void byFulfilment_data();
    void byFulfilment();
    void actions_data();
    void actions();
};

void tst_RedemptionStatus::words()
{
    for (S status : kAll) {
        S read{};
        QVERIFY(redemptionStatusFromString(redemptionStatusToString(status), &read));
        QCOMPARE(read, status);
    }
    S read{};
    QVERIFY(!redemptionStatusFromString(QStringLiteral("returned"), &read));
}

void tst_RedemptionStatus::everyPair_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");
    // The table, written out: everything else is refused.
    const QList<std::pair<S, S>> allowed{{S::Placed, S::Fulfilled},
                                         {S::Placed, S::Shipped},
                                         {S::Placed, S::Cancelled},
                                         {S::Fulfilled, S::Completed},
                                         {S::Shipped, S::Completed}};
    for (S from : kAll) {
        for (S to : kAll) {
            QTest::addRow("%s -> %s", qPrintable(redemptionStatusToString(from)),
                          qPrintable(redemptionStatusToString(to)))
                << from << to << allowed.contains(std::pair(from, to));
        }
    }
}

void tst_RedemptionStatus::everyPair()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QCOMPARE(redemptionCanMove(from, to), allowed);
    if (redemptionIsFinal(from))
        QVERIFY(!allowed);
}

void tst_RedemptionStatus::byFulfilment_data()
{
    QTest::addColumn<ItemFulfilment>("fulfilment");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("physical shipped") << ItemFulfilment::Ship << S::Shipped << true;
    QTest::addRow("physical not fulfilled with a code") << ItemFulfilment::Ship << S::Fulfilled << false;
    QTest::addRow("code fulfilled") << ItemFulfilment::Code << S::Fulfilled << true;
    QTest::addRow("code never shipped") << ItemFulfilment::Code << S::Shipped << false;
    QTest::addRow("charity fulfilled") << ItemFulfilment::Direct << S::Fulfilled << true;
    QTest::addRow("charity never shipped") << ItemFulfilment::Direct << S::Shipped << false;
    QTest::addRow("physical cancelled") << ItemFulfilment::Ship << S::Cancelled << true;
    QTest::addRow("code cancelled") << ItemFulfilment::Code << S::Cancelled << true;
}

void tst_RedemptionStatus::byFulfilment()
{
    QFETCH(ItemFulfilment, fulfilment);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QCOMPARE(redemptionCanMove(S::Placed, to, fulfilment), allowed);
}

void tst_RedemptionStatus::actions_data()
{
    QTest::addColumn<S>("status");
    QTest::addColumn<ItemFulfilment>("fulfilment");
    QTest::addColumn<QString>("actions");
    QTest::addRow("placed coupon") << S::Placed << ItemFulfilment::Code << QStringLiteral("fulfil cancel");
    QTest::addRow("placed gift") << S::Placed << ItemFulfilment::Ship << QStringLiteral("ship cancel");
    QTest::addRow("placed donation") << S::Placed << ItemFulfilment::Direct
                                     << QStringLiteral("fulfil cancel");
    QTest::addRow("fulfilled") << S::Fulfilled << ItemFulfilment::Code << QStringLiteral("complete openCase");
    QTest::addRow("shipped") << S::Shipped << ItemFulfilment::Ship << QStringLiteral("complete openCase");
    QTest::addRow("completed gift") << S::Completed << ItemFulfilment::Ship << QStringLiteral("openCase");
    QTest::addRow("completed coupon") << S::Completed << ItemFulfilment::Code << QStringLiteral("openCase");
    QTest::addRow("cancelled") << S::Cancelled << ItemFulfilment::Ship << QString();
}

void tst_RedemptionStatus::actions()
{
    QFETCH(S, status);
    QFETCH(ItemFulfilment, fulfilment);
    QFETCH(QString, actions);
    const QList<RedemptionAction> offered = redemptionActions(status, fulfilment);
    QCOMPARE(actionWords(offered), actions);
    // Every button leads somewhere the table allows.
    for (RedemptionAction action : offered) {
        if (const auto target = redemptionActionTarget(action))
            QVERIFY(redemptionCanMove(status, *target, fulfilment));
        else
            QVERIFY(redemptionCanOpenCase(status));
    }
}

QTEST_GUILESS_MAIN(tst_RedemptionStatus)
#include "tst_redemptionstatus.moc"
