#include "server/MemberMetricColumns.h"

#include <QStringList>

namespace loyalty::server {

QString MemberMetricColumns::name(TierMetric metric)
{
    switch (metric) {
    case TierMetric::CumulativeSpend:
        return QStringLiteral("cumulative_spend");
    case TierMetric::PeriodSpend:
        return QStringLiteral("period_spend");
    case TierMetric::RecentOrders:
        return QStringLiteral("recent_orders");
    case TierMetric::Interactions:
        return QStringLiteral("interactions");
    case TierMetric::CompletedTasks:
        return QStringLiteral("completed_tasks");
    case TierMetric::VisitMinutes:
        return QStringLiteral("visit_minutes");
    case TierMetric::PeriodPoints:
        return QStringLiteral("period_points");
    }
    return {};
}

QString MemberMetricColumns::list(const QString &qualifier)
{
    QStringList columns;
    for (TierMetric metric : kAllTierMetrics)
        columns.append(qualifier + name(metric));
    return columns.join(QStringLiteral(", "));
}

MemberMetrics MemberMetricColumns::read(const QSqlQuery &query, int firstColumn)
{
    MemberMetrics metrics;
    for (size_t i = 0; i < metrics.values.size(); ++i)
        metrics.values[i] = query.value(firstColumn + int(i)).toLongLong();
    return metrics;
}

} // namespace loyalty::server
