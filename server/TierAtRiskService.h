#pragma once

#include "core/AtRiskMember.h"
#include "server/IdPage.h"
#include "server/Outcome.h"

#include <optional>

namespace loyalty::server {

using AtRiskPage = IdPage<AtRiskMember>;

// The members the period-end run flagged at risk (GET /v1/tiers/at-risk), the soonest period end
// first, each with the nearest retention bar they still miss on the published ladder.
class TierAtRiskService
{
public:
    // The cursor carries the last row's tier_until and id.
    static Outcome<AtRiskPage> list(int limit, const std::optional<PageCursor> &after);
};

} // namespace loyalty::server
