#include "core/TierLadderJson.h"

#include <algorithm>

namespace loyalty {

QJsonArray TierLadderJson::toJson(const QList<TierDefinition> &tiers)
{
    QJsonArray array;
    for (const TierDefinition &tier : tiers) {
        QJsonObject object = tier.toJson();
        object.insert(QStringLiteral("multiplier"), tier.benefits.pointsMultiplier);
        array.append(object);
    }
    return array;
}

bool TierLadderJson::fromJson(const QJsonArray &array, QList<TierDefinition> *tiers)
{
    tiers->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return false;
        TierDefinition tier;
        if (TierDefinition::fromJson(array.at(i).toObject(), QStringLiteral("tiers[%1]").arg(i), &tier))
            return false;
        tiers->append(tier);
    }
    std::stable_sort(tiers->begin(), tiers->end(),
                     [](const TierDefinition &a, const TierDefinition &b) { return a.rank < b.rank; });
    return true;
}

} // namespace loyalty
