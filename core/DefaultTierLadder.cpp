#include "core/DefaultTierLadder.h"

namespace loyalty {

namespace {
using Op = TierRule::Op;

TierRule anyOf(QList<TierRule::Condition> conditions)
{
    TierRule rule;
    rule.kind = TierRule::Kind::AnyOf;
    rule.conditions = std::move(conditions);
    return rule;
}

TierDefinition tier(int rank, LocalizedText name, const char *color, double multiplier, TierRule upgrade,
                    TierRule retention)
{
    TierDefinition definition;
    definition.id = rank;
    definition.rank = rank;
    definition.name = std::move(name);
    definition.color = QString::fromLatin1(color);
    definition.upgrade = std::move(upgrade);
    definition.retention = std::move(retention);
    definition.benefits.pointsMultiplier = multiplier;
    return definition;
}
} // namespace

QList<TierDefinition> defaultTierLadder()
{
    TierRule diamond;
    diamond.kind = TierRule::Kind::Weighted;
    diamond.weights = {{TierMetric::CumulativeSpend, 0.006}, {TierMetric::Interactions, 0.4}};
    diamond.threshold = 5000;
    TierRule keepDiamond = diamond;
    keepDiamond.threshold = 2500;

    QList<TierDefinition> ladder{
        tier(1, {QStringLiteral("普通"), QStringLiteral("普通"), QStringLiteral("Regular")}, "#8C8C8C", 1.0,
             {}, {}),
        tier(2, {QStringLiteral("银卡"), QStringLiteral("銀卡"), QStringLiteral("Silver")}, "#A8B2BD", 1.5,
             anyOf({{TierMetric::CumulativeSpend, Op::AtLeast, 50000},
                    {TierMetric::RecentOrders, Op::AtLeast, 3}}),
             anyOf({{TierMetric::PeriodSpend, Op::AtLeast, 20000}})),
        tier(3, {QStringLiteral("金卡"), QStringLiteral("金卡"), QStringLiteral("Gold")}, "#D4A017", 2.0,
             anyOf({{TierMetric::CumulativeSpend, Op::AtLeast, 200000},
                    {TierMetric::RecentOrders, Op::AtLeast, 10}}),
             anyOf({{TierMetric::PeriodSpend, Op::AtLeast, 100000},
                    {TierMetric::RecentOrders, Op::AtLeast, 5},
                    {TierMetric::CompletedTasks, Op::AtLeast, 50}})),
        tier(4, {QStringLiteral("钻石"), QStringLiteral("鑽石"), QStringLiteral("Diamond")}, "#6A5ACD", 3.0,
             diamond, keepDiamond),
    };
    ladder[2].benefits.lotExpiryMonths = 18;
    ladder[2].benefits.discountPercent = 98;
    ladder[3].benefits.lotExpiryMonths = 24;
    ladder[3].benefits.discountPercent = 95;
    ladder[3].benefits.freeShipping = true;
    ladder[3].benefits.priorityService = true;
    return ladder;
}

} // namespace loyalty
