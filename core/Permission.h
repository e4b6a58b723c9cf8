#pragma once

#include <QString>

#include <array>

namespace loyalty {

// What a console user may do. Routes and console actions ask PermissionTable, never a role directly.
enum class Permission
{
    MembersRead,   // search and view members, their ledger
    MembersReveal, // see whole personal data (audited)
    PointsAdjust,  // post manual adjustments
    AuditRead,     // read the audit log
    UsersManage,   // manage console users
};

inline constexpr std::array<Permission, 5> kAllPermissions{Permission::MembersRead, Permission::MembersReveal,
                                                           Permission::PointsAdjust, Permission::AuditRead,
                                                           Permission::UsersManage};

// Stable names as they travel in GET /v1/me, e.g. "points.adjust".
QString permissionToString(Permission permission);
bool permissionFromString(const QString &text, Permission *permission);

} // namespace loyalty
