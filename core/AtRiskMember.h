#pragma once

#include "core/TierProgress.h"
#include "core/TierRef.h"

#include <QDateTime>
#include <QJsonObject>

namespace loyalty {

// A member flagged by the period-end run: their tier period ends soon and they would go down one tier
// if it ended now (GET /v1/tiers/at-risk). `retain` is the nearest retention bar still missing
// (metric "score" for a weighted rule); none when the bar was met since the flag was set.
struct AtRiskMember
{
    qint64 id = 0;
    QString memberNo;
    QString name;
    TierRef tier;
    QDateTime tierUntil;
    QDateTime atRiskSince;
    std::optional<TierProgress::Goal> retain;

    // {id, memberNo, name, tier {id, rank, name}, tierUntil, atRiskSince,
    //  retain: {metric, current, target, remaining} | null}
    QJsonObject toJson() const;
    static AtRiskMember fromJson(const QJsonObject &object);
    bool operator==(const AtRiskMember &) const = default;
};

} // namespace loyalty
