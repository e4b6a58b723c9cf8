#pragma once

#include "core/TierLadder.h"

#include <QList>

#include <functional>

namespace loyalty {

// What a draft ladder would do to the members: for each (tier now, tier after) pair how many members,
// and how many would go up, down or stay. "After" is where the draft puts a member at once and at the
// end of the period: up to what their metrics reach, or down one tier when they miss the draft's
// retention bar.
struct TierMovement
{
    int tiers = 0;
    QList<qint64> matrix; // tiers x tiers, row = rank now - 1, column = rank after - 1
    qint64 up = 0;
    qint64 down = 0;
    qint64 same = 0;
    // Against the baseline ladder's outcome (the published rules), when tally() had one: members the
    // draft puts higher or lower than today's rules would. `up`/`down` also count moves today's rules
    // make anyway (a retention bar missed either way); these count only what the draft changes.
    qint64 aboveBaseline = 0;
    qint64 belowBaseline = 0;

    qint64 count(int fromRank, int toRank) const { return matrix.at((fromRank - 1) * tiers + (toRank - 1)); }
    qint64 before(int rank) const; // members in the tier now
    qint64 after(int rank) const;  // members in the tier after

    // Reads members through `next` (false when there are no more) and tallies them. Ranks outside the
    // draft's ladder are clamped to it (a draft may have fewer tiers than the published ladder).
    static TierMovement tally(const TierLadder &draft,
                              const std::function<bool(int *rank, MemberMetrics *)> &next,
                              const TierLadder *baseline = nullptr);
    // Adds another tally of the same draft (a range of members counted apart).
    void add(const TierMovement &other);
};

} // namespace loyalty
