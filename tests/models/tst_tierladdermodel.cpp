// The Tiers pane's models under QAbstractItemModelTester: the ladder (ranks stay 1, 2, 3… through
// inserts, removals and moves, within 3 to 5 tiers; in-place edits; a typo in a colour or multiplier
// keeps the old value; violations mark the cells they name), a rule's rows (money in yuan on screen,
// fen in the rule; kind switches keep both lists) and the published versions.
#include "core/DefaultTierLadder.h"
#include "core/TierLadder.h"
#include "models/TierConditionModel.h"
#include "models/TierLadderModel.h"
#include "models/TierVersionModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace loyalty;

class tst_TierLadderModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheLadder();
    void ranksStayContiguous();
    void staysWithinThreeToFive();
    void editsInPlace_data();
    void editsInPlace();
    void marksViolatedCells();
    void readOnlyRefusesEdits();
    void conditionsInYuan();
    void metricSwitchKeepsTheShownNumber();
    void weightedRows();
    void kindSwitchKeepsBothLists();
    void versions();

private:
    static QStringList ranksAndNames(const TierLadderModel &model);
};

QStringList tst_TierLadderModel::ranksAndNames(const TierLadderModel &model)
{
    QStringList list;
    for (const TierDefinition &tier : model.tiers())
        list.append(QStringLiteral("%1:%2").arg(tier.rank).arg(tier.name.en));
    return list;
}

void tst_TierLadderModel::showsTheLadder()
{
    TierLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<TierDefinition> shuffled = defaultTierLadder();
    std::reverse(shuffled.begin(), shuffled.end());
    model.setTiers(shuffled);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(TierLadderModel::ColumnCount));
    QCOMPARE(model.index(0, TierLadderModel::RankColumn).data().toInt(), 1);
    QCOMPARE(model.index(2, TierLadderModel::NameZhCNColumn).data().toString(), QStringLiteral("金卡"));
    QCOMPARE(model.index(2, TierLadderModel::NameZhTWColumn).data().toString(), QStringLiteral("金卡"));
    QCOMPARE(model.index(2, TierLadderModel::NameEnColumn).data().toString(), QStringLiteral("Gold"));
    const QVariant swatch = model.index(2, TierLadderModel::ColorColumn).data(Qt::DecorationRole);
    QVERIFY(swatch.canConvert<QColor>());
    QCOMPARE(swatch.value<QColor>(), QColor::fromString(model.tierAt(2).color));
    QCOMPARE(model.index(3, TierLadderModel::MultiplierColumn).data().toString(), QStringLiteral("3×"));
    QVERIFY(model.index(2, TierLadderModel::BenefitsColumn).data().toString().contains(QStringLiteral("18")));
    QVERIFY(!(model.flags(model.index(0, TierLadderModel::RankColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, TierLadderModel::NameEnColumn)) & Qt::ItemIsEditable);
    QVERIFY(TierLadder(model.tiers()).validate().isEmpty());
}

void tst_TierLadderModel::ranksStayContiguous()
{
    TierLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTiers(defaultTierLadder());
    QSignalSpy edited(&model, &TierLadderModel::edited);
    QCOMPARE(ranksAndNames(model), QStringList({QStringLiteral("1:Regular"), QStringLiteral("2:Silver"),
                                                QStringLiteral("3:Gold"), QStringLiteral("4:Diamond")}));
    // Gold one up: above Diamond.
    QVERIFY(model.moveTier(2, true));
    QCOMPARE(ranksAndNames(model), QStringList({QStringLiteral("1:Regular"), QStringLiteral("2:Silver"),
                                                QStringLiteral("3:Diamond"), QStringLiteral("4:Gold")}));
    // And back down.
    QVERIFY(model.moveTier(3, false));
    QCOMPARE(ranksAndNames(model), QStringList({QStringLiteral("1:Regular"), QStringLiteral("2:Silver"),
                                                QStringLiteral("3:Gold"), QStringLiteral("4:Diamond")}));
    QVERIFY(!model.moveTier(3, true));  // the top cannot go higher
    QVERIFY(!model.moveTier(0, false)); // the lowest cannot go lower
    QVERIFY(model.insertTier(2));
    QCOMPARE(model.tierAt(2).rank, 3);
    QCOMPARE(model.tierAt(3).name.en, QStringLiteral("Gold"));
    QCOMPARE(model.tierAt(3).rank, 4);
    QCOMPARE(model.tierAt(4).rank, 5);
    QVERIFY(!model.tierAt(2).upgrade.isEmpty()); // a new tier above the lowest starts with a bar to edit
    QVERIFY(model.removeTier(0));
    QCOMPARE(model.tierAt(0).name.en, QStringLiteral("Silver"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, TierLadderModel::RankColumn).data().toInt(), row + 1);
    QCOMPARE(edited.count(), 4);
}

void tst_TierLadderModel::staysWithinThreeToFive()
{
    TierLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTiers(defaultTierLadder());
    QVERIFY(model.canInsertTier());
    QVERIFY(model.insertTier(4));
    QCOMPARE(model.rowCount(), TierLadder::kMaxTiers);
    QVERIFY(!model.canInsertTier());
    QVERIFY(!model.insertTier(0));
    QVERIFY(model.removeTier(4));
    QVERIFY(model.removeTier(3));
    QCOMPARE(model.rowCount(), TierLadder::kMinTiers);
    QVERIFY(!model.canRemoveTier());
    QVERIFY(!model.removeTier(0));
    QCOMPARE(model.rowCount(), TierLadder::kMinTiers);
}

void tst_TierLadderModel::editsInPlace_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown");
    QTest::addRow("simplified name") << int(TierLadderModel::NameZhCNColumn)
                                     << QVariant(QStringLiteral(" 黄金 ")) << true << QStringLiteral("黄金");
    QTest::addRow("traditional name") << int(TierLadderModel::NameZhTWColumn)
                                      << QVariant(QStringLiteral("黃金")) << true << QStringLiteral("黃金");
    QTest::addRow("english name") << int(TierLadderModel::NameEnColumn) << QVariant(QStringLiteral("Golden"))
                                  << true << QStringLiteral("Golden");
    QTest::addRow("colour") << int(TierLadderModel::ColorColumn) << QVariant(QStringLiteral("#00aa00"))
                            << true << QStringLiteral("#00AA00");
    QTest::addRow("colour typo keeps the old")
        << int(TierLadderModel::ColorColumn) << QVariant(QStringLiteral("#zzz")) << false << QString();
    QTest::addRow("icon") << int(TierLadderModel::IconColumn) << QVariant(QStringLiteral("crown")) << true
                          << QStringLiteral("crown");
    QTest::addRow("multiplier") << int(TierLadderModel::MultiplierColumn) << QVariant(2.5) << true
                                << QStringLiteral("2.5×");
    QTest::addRow("multiplier zero refused")
        << int(TierLadderModel::MultiplierColumn) << QVariant(0.0) << false << QString();
    QTest::addRow("rank is not edited")
        << int(TierLadderModel::RankColumn) << QVariant(9) << false << QString();
}

void tst_TierLadderModel::editsInPlace()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);
    TierLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTiers(defaultTierLadder());
    const QString before = model.index(2, column).data().toString();
    QSignalSpy edited(&model, &TierLadderModel::edited);
    QCOMPARE(model.setData(model.index(2, column), value), accepted);
    QCOMPARE(model.index(2, column).data().toString(), accepted ? shown : before);
    QCOMPARE(edited.count(), accepted ? 1 : 0);
}

void tst_TierLadderModel::marksViolatedCells()
{
    TierLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<TierDefinition> tiers = defaultTierLadder();
    tiers[2].name.en.clear();
    tiers[2].retention = tiers[2].upgrade;
    tiers[2].retention.conditions[0].value *= 10; // keeping Gold asks more than reaching it
    model.setTiers(tiers);
    QList<ReportedViolation> problems;
    for (const Violation &violation : TierLadder(model.tiers()).validate())
        problems.append(ReportedViolation::fromViolation(violation));
    QVERIFY(problems.size() >= 2);
    model.setProblems(problems);
    QVERIFY(!model.index(2, TierLadderModel::NameEnColumn)
                 .data(TierLadderModel::ProblemRole)
                 .toString()
                 .isEmpty());
    QVERIFY(model.index(2, TierLadderModel::NameEnColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, TierLadderModel::NameEnColumn)
                .data(TierLadderModel::ProblemRole)
                .toString()
                .isEmpty());
    QCOMPARE(model.problemsOf(2, QStringLiteral("retention")).size(), 1);
    QCOMPARE(model.problemsOf(2, QStringLiteral("upgrade")).size(), 0);
    QVERIFY(model.problemsOf(2).size() >= 2);
    model.setProblems({});
    QVERIFY(model.index(2, TierLadderModel::NameEnColumn)
                .data(TierLadderModel::ProblemRole)
                .toString()
                .isEmpty());
}

void tst_TierLadderModel::readOnlyRefusesEdits()
{
    TierLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTiers(defaultTierLadder());
    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(1, TierLadderModel::NameEnColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(1, TierLadderModel::NameEnColumn), QStringLiteral("x")));
    QVERIFY(!model.insertTier(1));
    QVERIFY(!model.moveTier(1, true));
    QCOMPARE(model.rowCount(), 4);
}

void tst_TierLadderModel::conditionsInYuan()
{
    TierConditionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TierDefinition gold = defaultTierLadder().at(2);
    model.setRule(gold.upgrade);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), int(gold.upgrade.conditions.size()));
    const QModelIndex value = model.index(0, TierConditionModel::ValueColumn);
    QCOMPARE(model.rule().conditions.at(0).metric, TierMetric::CumulativeSpend);
    QCOMPARE(value.data(Qt::EditRole).toDouble(), 2000.0);
    QVERIFY(value.data().toString().contains(QStringLiteral("2,000.00")));
    QVERIFY(value.data(TierConditionModel::IsMoneyRole).toBool());
    QSignalSpy edited(&model, &TierConditionModel::edited);
    QVERIFY(model.setData(value, 2500.5));
    QCOMPARE(model.rule().conditions.at(0).value, 250050);
    QVERIFY(model.setData(value, QStringLiteral("3,000")));
    QCOMPARE(model.rule().conditions.at(0).value, 300000);
    QVERIFY(!model.setData(value, QStringLiteral("lots"))); // nothing lost on bad input
    QCOMPARE(model.rule().conditions.at(0).value, 300000);
    QVERIFY(model.setData(model.index(0, TierConditionModel::OperatorColumn), int(TierRule::Op::MoreThan)));
    QCOMPARE(model.rule().conditions.at(0).op, TierRule::Op::MoreThan);
    QCOMPARE(model.index(0, TierConditionModel::OperatorColumn).data().toString(), QStringLiteral(">"));
    QCOMPARE(edited.count(), 3);
    const int added = model.addRow();
    QCOMPARE(added, int(gold.upgrade.conditions.size()));
    QVERIFY(model.rule().conditions.at(added).metric != TierMetric::CumulativeSpend);
    QVERIFY(model.removeRows(added, 1));
    QCOMPARE(model.rowCount(), int(gold.upgrade.conditions.size()));
}

void tst_TierLadderModel::metricSwitchKeepsTheShownNumber()
{
    TierConditionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TierRule rule;
    rule.conditions.append({TierMetric::CumulativeSpend, TierRule::Op::AtLeast, 50000});
    model.setRule(rule);
    const QModelIndex metric = model.index(0, TierConditionModel::MetricColumn);
    QVERIFY(model.setData(metric, int(TierMetric::RecentOrders)));
    QCOMPARE(model.rule().conditions.at(0).value, 500);
    QVERIFY(!model.index(0, 0).data(TierConditionModel::IsMoneyRole).toBool());
    QVERIFY(model.setData(metric, int(TierMetric::PeriodSpend)));
    QCOMPARE(model.rule().conditions.at(0).value, 50000);
    QVERIFY(!model.setData(metric, 99));
}

void tst_TierLadderModel::weightedRows()
{
    TierConditionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TierDefinition diamond = defaultTierLadder().at(3);
    QCOMPARE(diamond.upgrade.kind, TierRule::Kind::Weighted);
    model.setRule(diamond.upgrade);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), int(diamond.upgrade.weights.size()));
    QVERIFY(model.setData(model.index(0, TierConditionModel::WeightColumn), 0.75));
    QCOMPARE(model.rule().weights.at(0).weight, 0.75);
    model.setThreshold(6000);
    QCOMPARE(model.rule().threshold, 6000.0);
    QCOMPARE(model.addRow(), int(diamond.upgrade.weights.size()));
    QCOMPARE(model.rule().weights.last().weight, 1.0);
}

void tst_TierLadderModel::kindSwitchKeepsBothLists()
{
    TierConditionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRule(defaultTierLadder().at(2).upgrade);
    const int conditions = model.rowCount();
    model.setKind(TierRule::Kind::AllOf);
    QCOMPARE(model.rowCount(), conditions);
    model.setKind(TierRule::Kind::Weighted);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    model.addRow();
    model.setKind(TierRule::Kind::AnyOf);
    QCOMPARE(model.rowCount(), conditions);
    QCOMPARE(model.rule().weights.size(), 1);
}

void tst_TierLadderModel::versions()
{
    TierVersionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TierVersion two;
    two.version = 2;
    two.publishedBy = QStringLiteral("olga");
    two.publishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    two.note = QStringLiteral("双11 调整");
    two.tiers = defaultTierLadder();
    TierVersion three = two;
    three.version = 3;
    three.restoredFrom = 1;
    three.note.clear();
    model.setVersions({three, two});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TierVersionModel::VersionColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, TierVersionModel::NoteColumn).data().toString(),
             QStringLiteral("Restored from version 1"));
    QCOMPARE(model.index(1, TierVersionModel::NoteColumn).data().toString(), QStringLiteral("双11 调整"));
    QCOMPARE(model.index(1, TierVersionModel::PublishedByColumn).data().toString(), QStringLiteral("olga"));
    TierVersion one = two;
    one.version = 1;
    model.appendVersions({one});
    QCOMPARE(model.rowOfVersion(1), 2);
    QCOMPARE(model.versionAt(2).tiers.size(), 4);
    QCOMPARE(model.index(2, 0).data(TierVersionModel::VersionRole).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_TierLadderModel)
#include "tst_tierladdermodel.moc"
