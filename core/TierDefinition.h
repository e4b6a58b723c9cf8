#pragma once

#include "core/LocalizedText.h"
#include "core/TierBenefits.h"
#include "core/TierRule.h"

namespace loyalty {

// One rung of the ladder as operations staff define it: how to get there, how to keep it, what it gives.
struct TierDefinition
{
    qint64 id = 0;
    int rank = 1; // 1: the lowest, where every member starts
    LocalizedText name;
    QString color;
    QString icon;
    TierRule upgrade;   // empty for the lowest tier
    TierRule retention; // empty: kept without conditions
    TierBenefits benefits;
    bool operator==(const TierDefinition &) const = default;
};

} // namespace loyalty
