#pragma once

#include "core/TierMovement.h"

#include <QHash>
#include <QList>

#include <functional>

namespace loyalty::server {

// Every member's rank and tier metrics, read for a whole-membership tally (the what-if):
// - through the sqlite3 C API: QSqlQuery hands out a QVariant per value, which cost more than reading
//   the rows and evaluating the rules together (1,000,000 members, pages cached: 0.85 s through
//   QSqlQuery, 0.5 s here);
// - split into id ranges read at once, each on a connection (and thread) of its own, each tallied by
//   itself and the tallies added up: with the pages not cached the scan waits on the disk (members'
//   pages lie scattered among the ledger's), and reads in flight side by side shorten that wait.
// Each range is one read transaction; together they are not one snapshot (a what-if is a forecast).
class MemberMetricsScan
{
public:
    struct Result
    {
        TierMovement movement;
        QList<qint64> before; // members per rank now (index rank - 1)
        qint64 members = 0;
    };

    // `baseline` (optional): the published ladder, for TierMovement's above/below-baseline counts.
    // `rankOf`: tiers row id -> rank (unknown ids count as rank 1); `ranks`: the size of `before`;
    // `threads`: ranges read at once (>= 1). `progress` gets 0..1 now and then on this thread; false
    // stops the scan (returns false).
    static bool tally(const TierLadder &draft, const TierLadder *baseline, const QHash<qint64, int> &rankOf,
                      int ranks, int threads, const std::function<bool(double)> &progress, Result *result);
};

} // namespace loyalty::server
