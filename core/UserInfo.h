#pragma once

#include "core/Permission.h"
#include "core/Role.h"

#include <QJsonObject>
#include <QStringList>

namespace loyalty {

// The signed-in console user as GET /v1/me and POST /v1/auth/login describe them.
struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Support;
    QStringList permissions;

    bool can(Permission permission) const { return permissions.contains(permissionToString(permission)); }

    QJsonObject toJson() const;
    static UserInfo fromJson(const QJsonObject &object);
};

} // namespace loyalty
