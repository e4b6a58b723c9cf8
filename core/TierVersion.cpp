#include "core/TierVersion.h"

#include "core/IsoTime.h"
#include "core/TierLadderJson.h"

namespace loyalty {

TierVersion TierVersion::fromJson(const QJsonObject &object)
{
    TierVersion version;
    if (!TierLadderJson::fromJson(object.value(QStringLiteral("items")).toArray(), &version.tiers))
        return {};
    version.version = object.value(QStringLiteral("version")).toInt();
    version.publishedAt = fromIsoTime(object.value(QStringLiteral("publishedAt")).toString());
    version.publishedBy = object.value(QStringLiteral("publishedBy")).toString();
    version.note = object.value(QStringLiteral("note")).toString();
    const QJsonValue restoredFrom = object.value(QStringLiteral("restoredFrom"));
    if (restoredFrom.isDouble())
        version.restoredFrom = restoredFrom.toInt();
    return version;
}

} // namespace loyalty
