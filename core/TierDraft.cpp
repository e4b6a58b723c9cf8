#include "core/TierDraft.h"

#include "core/IsoTime.h"
#include "core/TierLadderJson.h"

namespace loyalty {

bool TierDraft::fromJson(const QJsonObject &object, TierDraft *draft)
{
    const QJsonValue version = object.value(QStringLiteral("version"));
    const QJsonValue tiers = object.value(QStringLiteral("tiers"));
    if (!version.isDouble() || !tiers.isArray())
        return false;
    *draft = {};
    draft->version = version.toInt();
    draft->baseVersion = object.value(QStringLiteral("baseVersion")).toInt();
    if (!TierLadderJson::fromJson(tiers.toArray(), &draft->tiers))
        return false;
    draft->changed = object.value(QStringLiteral("changed")).toBool();
    draft->updatedAt = fromIsoTime(object.value(QStringLiteral("updatedAt")).toString());
    draft->updatedBy = object.value(QStringLiteral("updatedBy")).toString();
    draft->violations = ReportedViolation::listFromJson(object.value(QStringLiteral("violations")).toArray());
    const QJsonValue whatIf = object.value(QStringLiteral("whatIf"));
    if (whatIf.isObject())
        draft->whatIf = JobInfo::fromJson(whatIf.toObject());
    return true;
}

} // namespace loyalty
