#pragma once

#include "core/MemberMetrics.h"

#include <QSqlQuery>
#include <QString>

namespace loyalty::server {

// The tier metric columns of the members table (migration 6), named in TierMetric's order in one
// place: every query that reads them lists them from here and reads them back with read().
class MemberMetricColumns
{
public:
    static QString name(TierMetric metric); // "cumulative_spend"
    // "cumulative_spend, period_spend, ...", each prefixed with `qualifier` (e.g. "m.") when given.
    static QString list(const QString &qualifier = {});
    // The metrics of the current row, whose columns start at `firstColumn` in list() order.
    static MemberMetrics read(const QSqlQuery &query, int firstColumn);
};

} // namespace loyalty::server
