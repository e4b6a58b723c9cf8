#include "core/TierMetric.h"

namespace loyalty {

QString tierMetricToString(TierMetric metric)
{
    switch (metric) {
    case TierMetric::CumulativeSpend:
        return QStringLiteral("cumulativeSpend");
    case TierMetric::PeriodSpend:
        return QStringLiteral("periodSpend");
    case TierMetric::RecentOrders:
        return QStringLiteral("recentOrders");
    case TierMetric::Interactions:
        return QStringLiteral("interactions");
    case TierMetric::CompletedTasks:
        return QStringLiteral("completedTasks");
    case TierMetric::VisitMinutes:
        return QStringLiteral("visitMinutes");
    case TierMetric::PeriodPoints:
        return QStringLiteral("periodPoints");
    }
    return {};
}

bool tierMetricFromString(const QString &text, TierMetric *metric)
{
    for (TierMetric candidate : kAllTierMetrics) {
        if (text == tierMetricToString(candidate)) {
            *metric = candidate;
            return true;
        }
    }
    return false;
}

} // namespace loyalty
