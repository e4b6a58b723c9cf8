#pragma once

#include "core/TierMovement.h"

#include <QHash>
#include <QList>

#include <functional>

namespace loyalty::server {

// Every member's rank and tier metrics, read for a whole-membership tally (the what-if) through the
// sqlite3 C API on this thread's connection: QSqlQuery hands out a QVariant per value, which cost more
// than reading the rows and evaluating the rules together (1,000,000 members: 0.9 s through QSqlQuery,
// 0.55 s here; a second thread on its own connection gained nothing more on two cores).
class MemberMetricsScan
{
public:
    struct Result
    {
        TierMovement movement;
        QList<qint64> before; // members per rank now (index rank - 1)
        qint64 members = 0;
    };

    // `rankOf`: tiers row id -> rank (unknown ids count as rank 1); `ranks`: the size of `before`.
    // `progress` gets 0..1 now and then; false stops the scan (returns false).
    static bool tally(const TierLadder &draft, const QHash<qint64, int> &rankOf, int ranks,
                      const std::function<bool(double)> &progress, Result *result);
};

} // namespace loyalty::server
