#pragma once

#include "core/TierDefinition.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace loyalty {

// A published ladder: GET /v1/tiers answers the one in force, GET /v1/tiers/versions the history
// (with the note given at publishing and, for a restore, the version it came from).
struct TierVersion
{
    int version = 0;
    QDateTime publishedAt;
    QString publishedBy;
    QString note;
    std::optional<int> restoredFrom;
    QList<TierDefinition> tiers; // rank order

    // A version that cannot be read has version 0.
    static TierVersion fromJson(const QJsonObject &object);
    bool operator==(const TierVersion &) const = default;
};

} // namespace loyalty
