#include "core/UserInfo.h"

#include <QJsonArray>

namespace loyalty {

QJsonObject UserInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), roleToString(role)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

UserInfo UserInfo::fromJson(const QJsonObject &object)
{
    UserInfo user;
    user.id = object.value(QStringLiteral("id")).toInteger();
    user.username = object.value(QStringLiteral("username")).toString();
    user.displayName = object.value(QStringLiteral("displayName")).toString();
    roleFromString(object.value(QStringLiteral("role")).toString(), &user.role);
    const QJsonArray permissions = object.value(QStringLiteral("permissions")).toArray();
    for (const QJsonValue &value : permissions)
        user.permissions.append(value.toString());
    return user;
}

} // namespace loyalty
