#pragma once

#include <QString>

namespace loyalty {

// The dashboards' price bands (domain.md): low 100-1000, mid 1000-10000, high 10000+ points.
// Bands are half-open ([1000, 10000) is mid) and an item under 100 points counts as low: the low band
// is everything below 1,000, so the per-band report adds up to every item.
enum class PriceBand
{
    Low,
    Mid,
    High
};

PriceBand priceBandFor(qint64 pointsPrice);
QString priceBandToString(PriceBand band);
// Returns false for a word that is not a band.
bool priceBandFromString(const QString &text, PriceBand *band);

} // namespace loyalty
