#include "core/TierMovement.h"

#include <algorithm>

namespace loyalty {

qint64 TierMovement::before(int rank) const
{
    qint64 total = 0;
    for (int to = 1; to <= tiers; ++to)
        total += count(rank, to);
    return total;
}

qint64 TierMovement::after(int rank) const
{
    qint64 total = 0;
    for (int from = 1; from <= tiers; ++from)
        total += count(from, rank);
    return total;
}

TierMovement TierMovement::tally(const TierLadder &draft,
                                 const std::function<bool(int *rank, MemberMetrics *)> &next,
                                 const TierLadder *baseline)
{
    TierMovement movement;
    movement.tiers = int(draft.tiers().size());
    movement.matrix.fill(0, qsizetype(movement.tiers) * movement.tiers);
    if (movement.tiers == 0)
        return movement;
    int rank = 1;
    MemberMetrics metrics;
    while (next(&rank, &metrics)) {
        const int from = std::clamp(rank, 1, movement.tiers);
        const int to = std::clamp(draft.standing(from, metrics).rankAtPeriodEnd, 1, movement.tiers);
        ++movement.matrix[(from - 1) * movement.tiers + (to - 1)];
        // Against the rank held now: a member of a tier the draft drops goes down even when the matrix
        // files them under the draft's top tier.
        if (to > rank)
            ++movement.up;
        else if (to < rank)
            ++movement.down;
        else
            ++movement.same;
        if (baseline) {
            const int today = baseline->standing(rank, metrics).rankAtPeriodEnd;
            if (to > today)
                ++movement.aboveBaseline;
            else if (to < today)
                ++movement.belowBaseline;
        }
    }
    return movement;
}

void TierMovement::add(const TierMovement &other)
{
    if (matrix.isEmpty()) {
        tiers = other.tiers;
        matrix.fill(0, other.matrix.size());
    }
    for (qsizetype cell = 0; cell < matrix.size() && cell < other.matrix.size(); ++cell)
        matrix[cell] += other.matrix.at(cell);
    up += other.up;
    down += other.down;
    same += other.same;
    aboveBaseline += other.aboveBaseline;
    belowBaseline += other.belowBaseline;
}

} // namespace loyalty
