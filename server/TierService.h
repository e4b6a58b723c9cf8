#pragma once

#include "core/TierRef.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace loyalty::server {

// A rung of the published tier ladder.
struct TierRecord
{
    TierRef ref;
    QString color;
    double multiplier = 1.0;
    qint64 upgradePoints = 0;   // lifetime points from which a member belongs here
    qint64 retentionPoints = 0; // points to earn within the tier period to keep the tier
    int lotExpiryMonths = 0;    // a longer expiry for lots earned in this tier (0: the programme's)

    QJsonObject toJson() const; // {id, rank, name, color, multiplier, upgradePoints, retentionPoints, ...}
};

class TierService
{
public:
    // Ordered by rank, lowest first; empty on a database error.
    static QList<TierRecord> ladder();
    static std::optional<TierRecord> find(qint64 id);
};

} // namespace loyalty::server
