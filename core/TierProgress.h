#pragma once

#include "core/TierRef.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace loyalty {

// How far a member is from the next tier and from keeping the current one, as the server reports it
// (the console only displays it). Both read one metric today: points earned.
struct TierProgress
{
    struct Goal
    {
        qint64 current = 0;
        qint64 target = 0;
        qint64 remaining() const { return target > current ? target - current : 0; }
        bool operator==(const Goal &) const = default;
    };

    std::optional<TierRef> nextTier; // none at the top of the ladder
    Goal toNext;                     // lifetime points against the next tier's bar
    bool retainApplies = false;      // false in the lowest tier: nothing to keep
    Goal toRetain;                   // points earned since the tier started against its retention bar
    QDateTime retainBy;              // the end of the tier period

    QJsonObject toJson() const;
    static TierProgress fromJson(const QJsonObject &object);
    bool operator==(const TierProgress &) const = default;
};

} // namespace loyalty
