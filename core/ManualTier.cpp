#include "core/ManualTier.h"

#include "core/IsoTime.h"

namespace loyalty {

QJsonObject ManualTier::toJson() const
{
    return {{QStringLiteral("reason"), reason},
            {QStringLiteral("until"), toIsoTime(until)},
            {QStringLiteral("actor"), actor}};
}

ManualTier ManualTier::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("reason")).toString(),
            fromIsoTime(object.value(QStringLiteral("until")).toString()),
            object.value(QStringLiteral("actor")).toString()};
}

} // namespace loyalty
