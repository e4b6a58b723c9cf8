#include "core/AuditEntry.h"

#include "core/IsoTime.h"

#include <QSet>

namespace loyalty {

QStringList AuditEntry::changedFields() const
{
    QSet<QString> keys;
    for (const QString &key : before.keys())
        keys.insert(key);
    for (const QString &key : after.keys())
        keys.insert(key);
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) != after.value(key))
            changed.append(key);
    }
    changed.sort();
    return changed;
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), toIsoTime(at)},
            {QStringLiteral("actorId"), actorId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(actorId)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("clientAddress"), clientAddress},
            {QStringLiteral("action"), action},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entityId"), entityId},
            {QStringLiteral("before"), before.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(before)},
            {QStringLiteral("after"), after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(after)}};
}

AuditEntry AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.id = object.value(QStringLiteral("id")).toInteger();
    entry.at = fromIsoTime(object.value(QStringLiteral("at")).toString());
    entry.actorId = object.value(QStringLiteral("actorId")).toInteger();
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.clientAddress = object.value(QStringLiteral("clientAddress")).toString();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.entity = object.value(QStringLiteral("entity")).toString();
    entry.entityId = object.value(QStringLiteral("entityId")).toString();
    entry.before = object.value(QStringLiteral("before")).toObject();
    entry.after = object.value(QStringLiteral("after")).toObject();
    return entry;
}

} // namespace loyalty
