#include "server/DemoMetrics.h"

#include <algorithm>
#include <cmath>

namespace loyalty::server {

namespace {
// The default ladder's bars (fen, counts, score).
constexpr qint64 kSilverSpend = 50000;
constexpr qint64 kSilverOrders = 3;
constexpr qint64 kSilverKeepSpend = 20000;
constexpr qint64 kGoldSpend = 200000;
constexpr qint64 kGoldOrders = 10;
constexpr qint64 kGoldKeepSpend = 100000;
constexpr qint64 kGoldKeepOrders = 5;
constexpr qint64 kGoldKeepTasks = 50;
constexpr double kSpendWeight = 0.006;
constexpr double kInteractionWeight = 0.4;
constexpr double kDiamondScore = 5000;
constexpr double kDiamondKeepScore = 2500;

// A value in [low, high).
qint64 between(QRandomGenerator &random, qint64 low, qint64 high)
{
    return high <= low ? low : low + qint64(random.bounded(quint64(high - low)));
}

// Interactions that bring the weighted score of `spend` into [low, high).
qint64 interactionsForScore(QRandomGenerator &random, qint64 spend, double low, double high)
{
    const double base = kSpendWeight * double(spend);
    const qint64 from = std::max<qint64>(0, qint64(std::ceil((low - base) / kInteractionWeight)));
    const qint64 to = std::max<qint64>(from + 1, qint64(std::ceil((high - base) / kInteractionWeight)));
    return between(random, from, to);
}
} // namespace

MemberMetrics DemoMetrics::forRank(QRandomGenerator &random, int rank, bool *retentionCase)
{
    const int roll = random.bounded(100);
    *retentionCase = rank > 1 && roll < kRetentionCasePercent;
    const bool withinReach = !*retentionCase && roll >= 100 - kWithinReachPercent;
    qint64 spend = 0;
    qint64 periodSpend = 0;
    qint64 orders = 0;
    qint64 interactions = between(random, 0, 200);
    qint64 tasks = between(random, 0, 20);
    switch (rank) {
    case 1:
        if (withinReach && random.bounded(2) == 0) {
            spend = between(random, kSilverSpend * 8 / 10, kSilverSpend);
            orders = between(random, 0, kSilverOrders);
        } else {
            spend = between(random, 0, withinReach ? kSilverSpend : kSilverSpend * 8 / 10);
            orders = withinReach ? kSilverOrders - 1 : between(random, 0, kSilverOrders - 1);
        }
        periodSpend = between(random, 0, spend + 1);
        break;
    case 2:
        if (*retentionCase) { // reached Silver on orders once; now neither bar nor the retention spend
            spend = between(random, kSilverKeepSpend, kSilverSpend);
            orders = between(random, 0, kSilverOrders);
            periodSpend = between(random, 0, kSilverKeepSpend);
        } else {
            spend = withinReach ? between(random, kGoldSpend * 85 / 100, kGoldSpend)
                                : between(random, kSilverSpend, kGoldSpend * 85 / 100);
            orders =
                withinReach && random.bounded(2) == 0 ? kGoldOrders - 1 : between(random, 0, kGoldOrders - 2);
            periodSpend = between(random, kSilverKeepSpend, std::max(kSilverKeepSpend + 1, spend / 2));
        }
        break;
    case 3:
        if (*retentionCase) { // below Gold's bars and its retention bars
            spend = between(random, kGoldKeepSpend, kGoldSpend);
            orders = between(random, 0, kGoldKeepOrders);
            tasks = between(random, 0, kGoldKeepTasks);
            periodSpend = between(random, 0, kGoldKeepSpend);
        } else {
            spend = between(random, kGoldSpend, withinReach ? 780000 : 550000);
            interactions = withinReach
                               ? interactionsForScore(random, spend, kDiamondScore * 0.85, kDiamondScore)
                               : interactionsForScore(random, spend, 0, kDiamondScore * 0.8);
            orders = between(random, 0, 30);
            periodSpend = random.bounded(4) == 0
                              ? between(random, 0, kGoldKeepSpend)
                              : between(random, kGoldKeepSpend, std::max(kGoldKeepSpend + 1, spend / 2));
            // Below the period spend bar: kept on orders, on tasks, or only by reaching Gold again (a
            // stricter Gold bar would take those with the least lifetime spend down a tier).
            if (periodSpend < kGoldKeepSpend) {
                const int how = random.bounded(3);
                if (how == 0)
                    orders = std::max(orders, kGoldKeepOrders);
                else if (how == 1)
                    tasks = between(random, kGoldKeepTasks, 120);
                else
                    orders = between(random, 0, kGoldKeepOrders);
            }
        }
        break;
    default:
        if (*retentionCase) { // scored below Diamond's keep bar this period: back to Gold
            spend = between(random, kGoldSpend, 350000);
            interactions = interactionsForScore(random, spend, 0, kDiamondKeepScore);
        } else {
            spend = between(random, 700000, 3000000);
            interactions = interactionsForScore(random, spend, kDiamondScore, kDiamondScore + 1500);
        }
        orders = between(random, 0, 40);
        periodSpend = between(random, 0, spend / 2);
        break;
    }
    MemberMetrics metrics;
    metrics.set(TierMetric::CumulativeSpend, spend)
        .set(TierMetric::PeriodSpend, std::min(periodSpend, spend))
        .set(TierMetric::RecentOrders, orders)
        .set(TierMetric::Interactions, interactions)
        .set(TierMetric::CompletedTasks, tasks)
        .set(TierMetric::VisitMinutes, between(random, 0, 3000))
        .set(TierMetric::PeriodPoints, std::min(periodSpend, spend) / 100);
    return metrics;
}

} // namespace loyalty::server
