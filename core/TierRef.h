#pragma once

#include "core/LocalizedText.h"

namespace loyalty {

// How a member names their tier: {id, rank, name}.
struct TierRef
{
    qint64 id = 0;
    int rank = 0;
    LocalizedText name;

    QJsonObject toJson() const;
    static TierRef fromJson(const QJsonObject &object);
    bool operator==(const TierRef &) const = default;
};

} // namespace loyalty
