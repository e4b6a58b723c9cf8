#include "support/Percentile.h"

#include <algorithm>

namespace loyalty::bench {

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, static_cast<qsizetype>(p * sorted.size())));
}

} // namespace loyalty::bench
