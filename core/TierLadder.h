#pragma once

#include "core/TierDefinition.h"
#include "core/Violation.h"

#include <QList>

#include <optional>

namespace loyalty {

// Where a member stands on the ladder, from their metrics.
struct TierStanding
{
    int qualifiesFor = 1;                        // the highest rank whose upgrade rule holds
    std::optional<TierRule::Condition> toNext;   // the nearest bar to the next rank (condition rules)
    double nextScoreGap = 0;                     // weighted rules: score still missing
    bool retained = true;                        // the current tier's retention rule holds
    std::optional<TierRule::Condition> toRetain; // the nearest retention bar still missing
    int rankAtPeriodEnd = 1;                     // keep, or down one, at the end of the period
};

// The ladder, ordered by rank: validation of a draft and the evaluation of one member. Upgrades happen
// at once (upgradedRank); retention is judged at the end of the tier period, down at most one tier.
class TierLadder
{
public:
    static constexpr int kMinTiers = 3;
    static constexpr int kMaxTiers = 5;

    explicit TierLadder(QList<TierDefinition> tiers); // sorted by rank here
    const QList<TierDefinition> &tiers() const { return m_tiers; }

    // Every broken rule with the field it is about ("tiers[2].upgrade"), in order; empty when valid.
    QList<Violation> validate() const;

    int qualifyingRank(const MemberMetrics &metrics) const;
    // After an event: never down, up to what the metrics reach.
    int upgradedRank(int currentRank, const MemberMetrics &metrics) const;
    TierStanding standing(int currentRank, const MemberMetrics &metrics) const;

private:
    const TierDefinition *byRank(int rank) const;
    QList<TierDefinition> m_tiers;
};

} // namespace loyalty
