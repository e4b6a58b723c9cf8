#pragma once

#include "core/TierRef.h"

#include <QList>

#include <optional>

namespace loyalty::server {

// A row of the tiers table members point at. The rules live in the published ladder
// (TierLadderStore); the demo seeder still places its invented histories by the first release's
// lifetime-points bars (upgradePoints).
struct TierRecord
{
    TierRef ref;
    double multiplier = 1.0;
    qint64 upgradePoints = 0;
};

class TierService
{
public:
    // Ordered by rank, lowest first; empty on a database error.
    static QList<TierRecord> ladder();
    static std::optional<TierRecord> find(qint64 id);
};

} // namespace loyalty::server
