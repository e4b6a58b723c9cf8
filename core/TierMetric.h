#pragma once

#include <QString>

#include <array>

namespace loyalty {

// What tier rules measure about a member. Money is in fen (1 yuan = 100 fen), like everywhere in the
// contract; the others are counts, minutes or points.
enum class TierMetric
{
    CumulativeSpend, // fen spent since registration
    PeriodSpend,     // fen spent in the current tier period (retention bars)
    RecentOrders,    // orders in the last 3 months
    Interactions,    // comments, likes, shares
    CompletedTasks,  // tasks completed
    VisitMinutes,    // time spent in the member app
    PeriodPoints,    // points earned in the current tier period
};

inline constexpr std::array<TierMetric, 7> kAllTierMetrics{
    TierMetric::CumulativeSpend, TierMetric::PeriodSpend,  TierMetric::RecentOrders, TierMetric::Interactions,
    TierMetric::CompletedTasks,  TierMetric::VisitMinutes, TierMetric::PeriodPoints};

// Stable names as they travel in JSON, e.g. "cumulativeSpend".
QString tierMetricToString(TierMetric metric);
bool tierMetricFromString(const QString &text, TierMetric *metric);

} // namespace loyalty
