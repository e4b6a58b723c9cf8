#include "core/TierRef.h"

namespace loyalty {

QJsonObject TierRef::toJson() const
{
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("rank"), rank}, {QStringLiteral("name"), name.toJson()}};
}

TierRef TierRef::fromJson(const QJsonObject &object)
{
    TierRef tier;
    tier.id = object.value(QStringLiteral("id")).toInteger();
    tier.rank = object.value(QStringLiteral("rank")).toInt();
    tier.name = LocalizedText::fromJson(object.value(QStringLiteral("name")).toObject());
    return tier;
}

} // namespace loyalty
