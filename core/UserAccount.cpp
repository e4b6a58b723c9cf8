#include "core/UserAccount.h"

#include "core/IsoTime.h"

namespace loyalty {

QJsonObject UserAccount::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("role"), roleToString(role)},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("createdAt"), toIsoTime(createdAt)},
                       {QStringLiteral("version"), version}};
    object.insert(QStringLiteral("lastLoginAt"),
                  lastLoginAt.isValid() ? QJsonValue(toIsoTime(lastLoginAt)) : QJsonValue(QJsonValue::Null));
    return object;
}

UserAccount UserAccount::fromJson(const QJsonObject &object)
{
    UserAccount user;
    user.id = object.value(QStringLiteral("id")).toInteger();
    user.username = object.value(QStringLiteral("username")).toString();
    user.displayName = object.value(QStringLiteral("displayName")).toString();
    roleFromString(object.value(QStringLiteral("role")).toString(), &user.role);
    user.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    user.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    user.lastLoginAt = fromIsoTime(object.value(QStringLiteral("lastLoginAt")).toString());
    user.version = object.value(QStringLiteral("version")).toInt(1);
    return user;
}

} // namespace loyalty
