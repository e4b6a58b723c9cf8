#include "client/TimelineEvent.h"

#include "core/IsoTime.h"

namespace loyalty {

TimelineEvent TimelineEvent::fromJson(const QJsonObject &object)
{
    TimelineEvent event;
    event.id = object.value(QStringLiteral("id")).toInteger();
    event.kind = object.value(QStringLiteral("kind")).toString();
    event.actor = object.value(QStringLiteral("actor")).toString();
    event.at = fromIsoTime(object.value(QStringLiteral("at")).toString());
    event.detail = object.value(QStringLiteral("detail")).toObject();
    return event;
}

} // namespace loyalty
