#include "models/TierMetricText.h"

#include <QLocale>

#include <limits>

namespace loyalty {

QString TierMetricText::label(TierMetric metric)
{
    switch (metric) {
    case TierMetric::CumulativeSpend:
        return tr("Cumulative spend (¥)");
    case TierMetric::PeriodSpend:
        return tr("Spend this period (¥)");
    case TierMetric::RecentOrders:
        return tr("Orders in the last 3 months");
    case TierMetric::Interactions:
        return tr("Interactions (comments, likes, shares)");
    case TierMetric::CompletedTasks:
        return tr("Completed tasks");
    case TierMetric::VisitMinutes:
        return tr("Minutes in the app");
    case TierMetric::PeriodPoints:
        return tr("Points earned this period");
    }
    return {};
}

bool TierMetricText::isMoney(TierMetric metric)
{
    return metric == TierMetric::CumulativeSpend || metric == TierMetric::PeriodSpend;
}

QString TierMetricText::yuanText(qint64 fen)
{
    //: An amount of money in yuan, e.g. "¥1,200.00"
    return tr("¥%1").arg(QLocale().toString(double(fen) / 100.0, 'f', 2));
}

QString TierMetricText::valueText(TierMetric metric, qint64 value)
{
    if (isMoney(metric))
        return yuanText(value);
    if (metric == TierMetric::VisitMinutes)
        //: minutes, e.g. "30 min"
        return tr("%1 min").arg(QLocale().toString(value));
    return QLocale().toString(value);
}

QString TierMetricText::valueText(const QString &metric, qint64 value)
{
    TierMetric known;
    if (tierMetricFromString(metric, &known))
        return valueText(known, value);
    return QLocale().toString(value); // a weighted score, or a metric this console does not know
}

QString TierMetricText::goalText(const QString &metric, qint64 remaining, const QString &tierName)
{
    TierMetric known = TierMetric::PeriodPoints;
    const bool isMetric = tierMetricFromString(metric, &known);
    const int count = int(qBound(qint64(0), remaining, qint64(std::numeric_limits<int>::max())));
    if (!isMetric)
        //: a weighted rule's score still missing, the next tier's name
        return tr("%Ln more score points to reach %1", nullptr, count).arg(tierName);
    switch (known) {
    case TierMetric::CumulativeSpend:
    case TierMetric::PeriodSpend:
        //: e.g. "再消费 ¥800.00 升至金卡": money still to spend, the next tier's name
        return tr("Spend %1 more to reach %2").arg(yuanText(remaining), tierName);
    case TierMetric::RecentOrders:
        return tr("%Ln more orders to reach %1", nullptr, count).arg(tierName);
    case TierMetric::Interactions:
        return tr("%Ln more interactions to reach %1", nullptr, count).arg(tierName);
    case TierMetric::CompletedTasks:
        return tr("%Ln more tasks to reach %1", nullptr, count).arg(tierName);
    case TierMetric::VisitMinutes:
        return tr("%Ln more minutes in the app to reach %1", nullptr, count).arg(tierName);
    case TierMetric::PeriodPoints:
        break;
    }
    //: e.g. "还差 800 积分升至金卡": points still needed, the next tier's name
    return tr("%1 points to go for %2").arg(QLocale().toString(remaining), tierName);
}

QString TierMetricText::retainText(const QString &metric, qint64 remaining, const QString &by,
                                   const QString &tierName)
{
    TierMetric known = TierMetric::PeriodPoints;
    const bool isMetric = tierMetricFromString(metric, &known);
    const int count = int(qBound(qint64(0), remaining, qint64(std::numeric_limits<int>::max())));
    if (!isMetric)
        return tr("%Ln more score points by %1 to keep %2", nullptr, count).arg(by, tierName);
    switch (known) {
    case TierMetric::CumulativeSpend:
    case TierMetric::PeriodSpend:
        //: e.g. "于 2025/6/30 前再消费 ¥300.00 以保级银卡": money, by (date), this tier
        return tr("Spend %1 more by %2 to keep %3").arg(yuanText(remaining), by, tierName);
    case TierMetric::RecentOrders:
        return tr("%Ln more orders by %1 to keep %2", nullptr, count).arg(by, tierName);
    case TierMetric::Interactions:
        return tr("%Ln more interactions by %1 to keep %2", nullptr, count).arg(by, tierName);
    case TierMetric::CompletedTasks:
        return tr("%Ln more tasks by %1 to keep %2", nullptr, count).arg(by, tierName);
    case TierMetric::VisitMinutes:
        return tr("%Ln more minutes in the app by %1 to keep %2", nullptr, count).arg(by, tierName);
    case TierMetric::PeriodPoints:
        break;
    }
    //: e.g. "还差 300 积分于 2025/6/30 前保级银卡": points still needed, by (date), this tier
    return tr("%1 points to go by %2 to keep %3").arg(QLocale().toString(remaining), by, tierName);
}

} // namespace loyalty
