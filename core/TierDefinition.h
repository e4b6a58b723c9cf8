#pragma once

#include "core/LocalizedText.h"
#include "core/TierBenefits.h"
#include "core/TierRule.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// One rung of the ladder as operations staff define it: how to get there, how to keep it, what it gives.
struct TierDefinition
{
    qint64 id = 0;
    int rank = 1; // 1: the lowest, where every member starts
    LocalizedText name;
    QString color;
    QString icon;
    TierRule upgrade;   // empty for the lowest tier
    TierRule retention; // empty: kept without conditions
    TierBenefits benefits;

    QJsonObject toJson() const;
    // `field` names this tier in violations, e.g. "tiers[2]".
    static std::optional<Violation> fromJson(const QJsonObject &object, const QString &field,
                                             TierDefinition *tier);
    bool operator==(const TierDefinition &) const = default;
};

// The JSON of benefits, {pointsMultiplier, discountPercent, freeShipping, priorityService,
// birthdayMultiplier, birthdayGiftPoints, lotExpiryMonths}.
struct TierBenefitsJson
{
    static QJsonObject toJson(const TierBenefits &benefits);
    static TierBenefits fromJson(const QJsonObject &object);
};

} // namespace loyalty
