#pragma once

#include "core/TierDefinition.h"

#include <QJsonArray>
#include <QList>

namespace loyalty {

// A ladder as it travels: an array of tiers (TierDefinition::toJson() plus "multiplier", the benefits'
// points multiplier that older clients read).
struct TierLadderJson
{
    static QJsonArray toJson(const QList<TierDefinition> &tiers);
    // False when a tier cannot be read; the tiers come back in rank order.
    static bool fromJson(const QJsonArray &array, QList<TierDefinition> *tiers);
};

} // namespace loyalty
