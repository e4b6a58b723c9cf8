#pragma once

#include "core/TierRef.h"

#include <QJsonObject>
#include <QList>

namespace loyalty::server {

// A rung of the published tier ladder.
struct TierRecord
{
    TierRef ref;
    QString color;
    double multiplier = 1.0;
    qint64 upgradePoints = 0; // lifetime points from which the demo data places members here

    QJsonObject toJson() const; // {id, rank, name, color, multiplier}
};

class TierService
{
public:
    // Ordered by rank, lowest first; empty on a database error.
    static QList<TierRecord> ladder();
};

} // namespace loyalty::server
