#pragma once

#include "core/TierRef.h"
#include "core/TierRule.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace loyalty {

// How far a member is from the next tier and from keeping the current one, as the server reports it
// (the console only displays it). Each goal names what it measures: a tier metric
// ("cumulativeSpend", "recentOrders", ...; money in fen) or "score" for a weighted rule.
struct TierProgress
{
    struct Goal
    {
        QString metric; // tierMetricToString(), or "score"
        qint64 current = 0;
        qint64 target = 0;
        qint64 remaining() const { return target > current ? target - current : 0; }
        bool operator==(const Goal &) const = default;

        // The goal a rule sets: its nearest missing bar, or, once it holds, the first bar that holds
        // (current >= target); a weighted rule's goal is its score against the threshold.
        static Goal forRule(const TierRule &rule, const MemberMetrics &metrics);
    };

    std::optional<TierRef> nextTier; // none at the top of the ladder
    Goal toNext;                     // the nearest bar of the next tier's upgrade rule
    bool retainApplies = false;      // false in the lowest tier: nothing to keep
    Goal toRetain;      // the nearest missing bar of the tier's retention rule (met: current >= target)
    QDateTime retainBy; // the end of the tier period

    QJsonObject toJson() const;
    static TierProgress fromJson(const QJsonObject &object);
    bool operator==(const TierProgress &) const = default;
};

} // namespace loyalty
