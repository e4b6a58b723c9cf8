#include "core/DefaultTierLadder.h"
#include "core/TierLadder.h"
#include "core/TierMovement.h"

#include <QJsonArray>
#include <QTest>

using namespace loyalty;

Q_DECLARE_METATYPE(loyalty::MemberMetrics)

namespace {
using Op = TierRule::Op;

TierRule anyOf(QList<TierRule::Condition> conditions)
{
    TierRule rule;
    rule.kind = TierRule::Kind::AnyOf;
    rule.conditions = std::move(conditions);
    return rule;
}

// The examples of domain.md (Tiers), as the programme's default ladder.
QList<TierDefinition> defaultTiers()
{
    return defaultTierLadder();
}

MemberMetrics metrics(std::initializer_list<std::pair<TierMetric, qint64>> values)
{
    MemberMetrics result;
    for (const auto &[metric, value] : values)
        result.set(metric, value);
    return result;
}
} // namespace

class tst_TierLadder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qualifyingRank_data();
    void qualifyingRank();
    void upgradesAtOnceNeverDown();
    void progressToNextTier_data();
    void progressToNextTier();
    void periodEnd_data();
    void periodEnd();
    void validation_data();
    void validation();
    void ruleRoundTripsThroughJson();
    void whatIfTalliesMovements();
};

void tst_TierLadder::qualifyingRank_data()
{
    QTest::addColumn<MemberMetrics>("member");
    QTest::addColumn<int>("rank");
    QTest::addRow("new member") << MemberMetrics() << 1;
    QTest::addRow("silver by 500 yuan") << metrics({{TierMetric::CumulativeSpend, 50000}}) << 2;
    QTest::addRow("silver by 3 orders") << metrics({{TierMetric::RecentOrders, 3}}) << 2;
    QTest::addRow("just short of silver")
        << metrics({{TierMetric::CumulativeSpend, 49999}, {TierMetric::RecentOrders, 2}}) << 1;
    QTest::addRow("gold by 2,000 yuan") << metrics({{TierMetric::CumulativeSpend, 200000}}) << 3;
    QTest::addRow("gold by 10 orders") << metrics({{TierMetric::RecentOrders, 10}}) << 3;
    // 6,000 yuan x 0.6 + 4,000 interactions x 0.4 = 3,600 + 1,600 = 5,200.
    QTest::addRow("diamond by score")
        << metrics({{TierMetric::CumulativeSpend, 600000}, {TierMetric::Interactions, 4000}}) << 4;
    // 3,600 + 1,200 = 4,800: short of Diamond, Gold by spend.
    QTest::addRow("score short") << metrics({{TierMetric::CumulativeSpend, 600000},
                                             {TierMetric::Interactions, 3000}})
                                 << 3;
}

void tst_TierLadder::qualifyingRank()
{
    QFETCH(MemberMetrics, member);
    QFETCH(int, rank);
    QCOMPARE(TierLadder(defaultTiers()).qualifyingRank(member), rank);
}

void tst_TierLadder::upgradesAtOnceNeverDown()
{
    const TierLadder ladder(defaultTiers());
    QCOMPARE(ladder.upgradedRank(1, metrics({{TierMetric::CumulativeSpend, 250000}})), 3); // straight to Gold
    QCOMPARE(ladder.upgradedRank(3, MemberMetrics()), 3); // events never take a tier away
}

void tst_TierLadder::progressToNextTier_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<MemberMetrics>("member");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<qint64>("missing");
    // "Spend 800 more": 1,200 of 2,000 yuan (40% short) is nearer than 2 of 10 orders (80% short).
    QTest::addRow("spend 800 yuan more")
        << 2 << metrics({{TierMetric::CumulativeSpend, 120000}, {TierMetric::RecentOrders, 2}})
        << QStringLiteral("cumulativeSpend") << qint64(80000);
    QTest::addRow("one order more") << 2
                                    << metrics({{TierMetric::CumulativeSpend, 60000},
                                                {TierMetric::RecentOrders, 9}})
                                    << QStringLiteral("recentOrders") << qint64(1);
    QTest::addRow("new member: 3 orders")
        << 1 << MemberMetrics() << QStringLiteral("cumulativeSpend") << qint64(50000);
}

void tst_TierLadder::progressToNextTier()
{
    QFETCH(int, current);
    QFETCH(MemberMetrics, member);
    QFETCH(QString, metric);
    QFETCH(qint64, missing);
    const TierStanding standing = TierLadder(defaultTiers()).standing(current, member);
    QVERIFY(standing.toNext);
    QCOMPARE(tierMetricToString(standing.toNext->metric), metric);
    QCOMPARE(standing.toNext->needed() - member.value(standing.toNext->metric), missing);
}

void tst_TierLadder::periodEnd_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<MemberMetrics>("member");
    QTest::addColumn<int>("rankAfter");
    QTest::addColumn<bool>("retained");
    QTest::addRow("gold kept by 1,000 yuan")
        << 3 << metrics({{TierMetric::PeriodSpend, 100000}}) << 3 << true;
    QTest::addRow("gold kept by 5 uses") << 3 << metrics({{TierMetric::RecentOrders, 5}}) << 3 << true;
    QTest::addRow("gold kept by 50 tasks") << 3 << metrics({{TierMetric::CompletedTasks, 50}}) << 3 << true;
    QTest::addRow("gold missed: down to silver") << 3
                                                 << metrics({{TierMetric::PeriodSpend, 90000},
                                                             {TierMetric::RecentOrders, 4},
                                                             {TierMetric::CompletedTasks, 30}})
                                                 << 2 << false;
    QTest::addRow("diamond missed: one tier only") << 4 << MemberMetrics() << 3 << false;
    QTest::addRow("gold reached again")
        << 3 << metrics({{TierMetric::CumulativeSpend, 200000}}) << 3 << false;
    QTest::addRow("regular stays regular") << 1 << MemberMetrics() << 1 << true;
}

void tst_TierLadder::periodEnd()
{
    QFETCH(int, current);
    QFETCH(MemberMetrics, member);
    QFETCH(int, rankAfter);
    QFETCH(bool, retained);
    const TierStanding standing = TierLadder(defaultTiers()).standing(current, member);
    QCOMPARE(standing.rankAtPeriodEnd, rankAfter);
    QCOMPARE(standing.retained, retained);
}

void tst_TierLadder::validation_data()
{
    QTest::addColumn<QList<TierDefinition>>("tiers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("defaults are valid") << defaultTiers() << QString() << QString();
    QList<TierDefinition> retentionAbove = defaultTiers();
    retentionAbove[2].retention = anyOf({{TierMetric::RecentOrders, Op::AtLeast, 12}});
    QTest::addRow("retention above upgrade") << retentionAbove << QStringLiteral("retention_above_upgrade")
                                             << QStringLiteral("tiers[2].retention");
    QList<TierDefinition> overlap = defaultTiers();
    overlap[2].upgrade = anyOf({{TierMetric::CumulativeSpend, Op::AtLeast, 40000}});
    QTest::addRow("gold below silver")
        << overlap << QStringLiteral("thresholds_overlap") << QStringLiteral("tiers[2].upgrade");
    QList<TierDefinition> gap = defaultTiers();
    gap[3].rank = 5;
    QTest::addRow("ranks with a gap")
        << gap << QStringLiteral("ranks_not_contiguous") << QStringLiteral("tiers[3].rank");
    QTest::addRow("two tiers") << defaultTiers().mid(0, 2) << QStringLiteral("tier_count")
                               << QStringLiteral("tiers");
    QList<TierDefinition> lowest = defaultTiers();
    lowest[0].upgrade = anyOf({{TierMetric::RecentOrders, Op::AtLeast, 1}});
    QTest::addRow("lowest with conditions")
        << lowest << QStringLiteral("lowest_has_conditions") << QStringLiteral("tiers[0].upgrade");
    QList<TierDefinition> unnamed = defaultTiers();
    unnamed[1].name.zhTW.clear();
    QTest::addRow("name missing") << unnamed << QStringLiteral("name_required")
                                  << QStringLiteral("tiers[1].name");
}

void tst_TierLadder::validation()
{
    QFETCH(QList<TierDefinition>, tiers);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QList<Violation> problems = TierLadder(tiers).validate();
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).code));
        return;
    }
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.constFirst().code, code);
    QCOMPARE(problems.constFirst().field, field);
    QVERIFY(!problems.constFirst().text().isEmpty());
}

void tst_TierLadder::ruleRoundTripsThroughJson()
{
    for (const TierDefinition &definition : defaultTiers()) {
        for (const TierRule *rule : {&definition.upgrade, &definition.retention}) {
            TierRule back;
            QVERIFY(!TierRule::fromJson(rule->toJson(), QStringLiteral("rule"), &back));
            QCOMPARE(back, *rule);
        }
    }
    for (const TierDefinition &definition : defaultTiers()) {
        TierDefinition back;
        QVERIFY(!TierDefinition::fromJson(definition.toJson(), QStringLiteral("tiers[0]"), &back));
        QCOMPARE(back, definition);
    }
    TierRule bad;
    const auto refused =
        TierRule::fromJson({{QStringLiteral("kind"), QStringLiteral("anyOf")},
                            {QStringLiteral("conditions"),
                             QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("height")},
                                                    {QStringLiteral("value"), 1}}}}},
                           QStringLiteral("tiers[1].upgrade"), &bad);
    QVERIFY(refused);
    QCOMPARE(refused->code, QStringLiteral("metric_unknown"));
    QCOMPARE(refused->field, QStringLiteral("tiers[1].upgrade"));
}

void tst_TierLadder::whatIfTalliesMovements()
{
    // A stricter Silver (1,000 yuan, no orders rule): a Silver member with 600 yuan and nothing in the
    // period drops to Regular, one with 3 orders keeps Silver by retention, a Regular member with
    // 2,500 yuan jumps to Gold.
    QList<TierDefinition> draftTiers = defaultTiers();
    draftTiers[1].upgrade = anyOf({{TierMetric::CumulativeSpend, Op::AtLeast, 100000}});
    draftTiers[1].retention = anyOf({{TierMetric::RecentOrders, Op::AtLeast, 3}});
    const QList<std::pair<int, MemberMetrics>> members{
        {2, metrics({{TierMetric::CumulativeSpend, 60000}})},
        {2, metrics({{TierMetric::CumulativeSpend, 60000}, {TierMetric::RecentOrders, 3}})},
        {1, metrics({{TierMetric::CumulativeSpend, 250000}})},
        {1, MemberMetrics()},
        {3, metrics({{TierMetric::PeriodSpend, 100000}})},
    };
    qsizetype index = 0;
    const TierMovement movement =
        TierMovement::tally(TierLadder(draftTiers), [&](int *rank, MemberMetrics *member) {
            if (index == members.size())
                return false;
            *rank = members.at(index).first;
            *member = members.at(index).second;
            ++index;
            return true;
        });
    QCOMPARE(movement.tiers, 4);
    QCOMPARE(movement.count(2, 1), 1);
    QCOMPARE(movement.count(2, 2), 1);
    QCOMPARE(movement.count(1, 3), 1);
    QCOMPARE(movement.count(1, 1), 1);
    QCOMPARE(movement.count(3, 3), 1);
    QCOMPARE(movement.up, 1);
    QCOMPARE(movement.down, 1);
    QCOMPARE(movement.same, 3);
    QCOMPARE(movement.before(2), 2);
    QCOMPARE(movement.after(3), 2);
    QCOMPARE(movement.before(1) + movement.before(2) + movement.before(3) + movement.before(4), 5);
}

QTEST_GUILESS_MAIN(tst_TierLadder)
#include "tst_tierladder.moc"
