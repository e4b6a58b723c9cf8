#include "core/Permission.h"

namespace loyalty {

QString permissionToString(Permission permission)
{
    switch (permission) {
    case Permission::MembersRead:
        return QStringLiteral("members.read");
    case Permission::MembersReveal:
        return QStringLiteral("members.reveal");
    case Permission::PointsAdjust:
        return QStringLiteral("points.adjust");
    case Permission::AuditRead:
        return QStringLiteral("audit.read");
    case Permission::UsersManage:
        return QStringLiteral("users.manage");
    }
    return {};
}

bool permissionFromString(const QString &text, Permission *permission)
{
    for (Permission candidate : kAllPermissions) {
        if (text == permissionToString(candidate)) {
            *permission = candidate;
            return true;
        }
    }
    return false;
}

} // namespace loyalty
