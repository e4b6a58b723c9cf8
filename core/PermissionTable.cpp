#include "core/PermissionTable.h"

namespace loyalty {

bool PermissionTable::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::MembersRead:
    case Permission::MallRead:
        return true; // every console role looks members and the mall up
    case Permission::MembersReveal:
    case Permission::PointsAdjust:
    case Permission::MembersFreeze:
    case Permission::MembersTier:
    case Permission::MembersNote:
    case Permission::MembersAudit:      // staff names and addresses: not for the operations role
    case Permission::RedemptionsHandle: // support agents' after-sales work
        return role == Role::Support || role == Role::Manager || role == Role::Admin;
    // Managers answer for forfeits, second signatures and programme-wide runs.
    case Permission::MembersBlacklist:
    case Permission::ApprovalsDecide:
    case Permission::JobsRun:
        return role == Role::Manager || role == Role::Admin;
    case Permission::AuditRead:
        return role == Role::Manager || role == Role::Admin;
    // The programme's configuration is the operations role's work.
    case Permission::TiersManage:
    case Permission::MallManage:
        return role == Role::Operator || role == Role::Admin;
    // Activity comes from member apps and the order system; only an administrator posts it by hand
    // (scripts, imports).
    case Permission::UsersManage:
    case Permission::EventsPost:
        return role == Role::Admin;
    }
    return false;
}

QStringList PermissionTable::permissionNames(Role role)
{
    QStringList names;
    for (Permission permission : kAllPermissions) {
        if (allows(role, permission))
            names.append(permissionToString(permission));
    }
    return names;
}

} // namespace loyalty
