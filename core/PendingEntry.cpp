#include "core/PendingEntry.h"

#include "core/IsoTime.h"

namespace loyalty {

QJsonObject PendingEntry::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("memberId"), memberId},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("note"), note},
        {QStringLiteral("source"), source},
        {QStringLiteral("condition"), eventKey.isEmpty() ? QStringLiteral("time") : QStringLiteral("event")},
        {QStringLiteral("postAt"), toIsoTime(postAt)},
        {QStringLiteral("eventKey"), eventKey},
        {QStringLiteral("deadline"), toIsoTime(deadline)},
        {QStringLiteral("status"), ledgerStatusToString(status)},
        {QStringLiteral("entryId"), entryId > 0 ? QJsonValue(entryId) : QJsonValue()},
        {QStringLiteral("resolution"), resolution},
        {QStringLiteral("createdAt"), toIsoTime(createdAt)},
        {QStringLiteral("resolvedAt"), toIsoTime(resolvedAt)}};
}

PendingEntry PendingEntry::fromJson(const QJsonObject &object)
{
    PendingEntry entry;
    entry.id = object.value(QStringLiteral("id")).toInteger();
    entry.memberId = object.value(QStringLiteral("memberId")).toInteger();
    entry.amount = object.value(QStringLiteral("amount")).toInteger();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.note = object.value(QStringLiteral("note")).toString();
    entry.source = object.value(QStringLiteral("source")).toString();
    entry.postAt = fromIsoTime(object.value(QStringLiteral("postAt")).toString());
    entry.eventKey = object.value(QStringLiteral("eventKey")).toString();
    entry.deadline = fromIsoTime(object.value(QStringLiteral("deadline")).toString());
    entry.status = ledgerStatusFromString(object.value(QStringLiteral("status")).toString());
    entry.entryId = object.value(QStringLiteral("entryId")).toInteger();
    entry.resolution = object.value(QStringLiteral("resolution")).toString();
    entry.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    entry.resolvedAt = fromIsoTime(object.value(QStringLiteral("resolvedAt")).toString());
    return entry;
}

} // namespace loyalty
