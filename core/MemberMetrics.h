#pragma once

#include "core/TierMetric.h"

#include <array>

namespace loyalty {

// A member's growth metrics as the tier rules read them.
struct MemberMetrics
{
    std::array<qint64, kAllTierMetrics.size()> values{};

    qint64 value(TierMetric metric) const { return values.at(static_cast<size_t>(metric)); }
    MemberMetrics &set(TierMetric metric, qint64 value)
    {
        values.at(static_cast<size_t>(metric)) = value;
        return *this;
    }
};

} // namespace loyalty
