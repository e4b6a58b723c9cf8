#pragma once

#include "core/TierMetric.h"

#include <QCoreApplication>
#include <QString>

namespace loyalty {

// How the console names tier metrics and writes their amounts: money in yuan ("¥800.00", stored in
// fen), the others as counts, minutes or points. Goals name a metric by its JSON name, or "score" for a
// weighted rule.
class TierMetricText
{
    Q_DECLARE_TR_FUNCTIONS(TierMetricText)
public:
    static QString label(TierMetric metric);
    static bool isMoney(TierMetric metric);
    // "¥1,200.00" from fen.
    static QString yuanText(qint64 fen);
    // An amount of the metric as shown in tables and bars: "¥1,200.00", "12", "30 min".
    static QString valueText(TierMetric metric, qint64 value);
    static QString valueText(const QString &metric, qint64 value);
    // What is still missing to reach `tierName`: "Spend ¥800.00 more to reach Gold", "3 more orders to
    // reach Gold".
    static QString goalText(const QString &metric, qint64 remaining, const QString &tierName);
    // What is still missing to keep `tierName` by `by`: "Spend ¥300.00 more by 6/30/25 to keep Silver".
    static QString retainText(const QString &metric, qint64 remaining, const QString &by,
                              const QString &tierName);
};

} // namespace loyalty
