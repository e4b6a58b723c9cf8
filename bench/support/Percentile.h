#pragma once

#include <QList>

namespace loyalty::bench {

// The value at fraction p (0.5, 0.99) of an ascending list; 0 for an empty one.
double percentile(const QList<double> &sorted, double p);

} // namespace loyalty::bench
