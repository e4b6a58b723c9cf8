#pragma once

#include "core/MemberMetrics.h"

#include <QRandomGenerator>

namespace loyalty::server {

// Growth metrics for a demo member that fit the tier the seeder gave them under the default ladder
// (core/DefaultTierLadder.cpp): most members sit comfortably in their tier (they reach it and keep
// it), about one in eight is within reach of the next tier, and about one in twenty above the lowest
// tier misses the retention bar without reaching the tier again (a "retention case": down one tier at
// the period end), so a what-if and the warning window have someone to move.
class DemoMetrics
{
public:
    static constexpr int kWithinReachPercent = 12;
    static constexpr int kRetentionCasePercent = 5;

    // `rank` 1..4 (Regular, Silver, Gold, Diamond); `retentionCase` says whether the member is one.
    static MemberMetrics forRank(QRandomGenerator &random, int rank, bool *retentionCase);
};

} // namespace loyalty::server
