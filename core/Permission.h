#pragma once

#include <QString>

#include <array>

namespace loyalty {

// What a console user may do. Routes and console actions ask PermissionTable, never a role directly.
enum class Permission
{
    MembersRead,       // search and view members, their ledger
    MembersReveal,     // see whole personal data (audited)
    PointsAdjust,      // post manual adjustments
    AuditRead,         // read the audit log
    UsersManage,       // manage console users
    MembersFreeze,     // freeze and unfreeze a member
    MembersBlacklist,  // blacklist a member (forfeits the balance) and lift it
    MembersTier,       // set a member's tier by hand, for a while
    MembersNote,       // add a note to a member
    ApprovalsDecide,   // approve or reject large adjustments someone else asked for
    JobsRun,           // start server jobs (the expiry run) and follow them
    MembersAudit,      // read one member's audit trail (who changed what about them)
    TiersManage,       // edit the tier ladder's draft, run its what-if, publish and restore versions
    EventsPost,        // post member activity (orders, interactions, tasks, visits) that tier rules measure
    MallRead,          // see the mall's catalogue, stock movements and redemptions
    MallManage,        // create and edit mall items, their images and stock
    RedemptionsHandle, // place redemptions for members, fulfil, ship, complete, cancel, handle after-sales
};

inline constexpr std::array<Permission, 17> kAllPermissions{
    Permission::MembersRead,      Permission::MembersReveal,    Permission::PointsAdjust,
    Permission::AuditRead,        Permission::UsersManage,      Permission::MembersFreeze,
    Permission::MembersBlacklist, Permission::MembersTier,      Permission::MembersNote,
    Permission::ApprovalsDecide,  Permission::JobsRun,          Permission::MembersAudit,
    Permission::TiersManage,      Permission::EventsPost,       Permission::MallRead,
    Permission::MallManage,       Permission::RedemptionsHandle};

// Stable names as they travel in GET /v1/me, e.g. "points.adjust".
QString permissionToString(Permission permission);
bool permissionFromString(const QString &text, Permission *permission);

} // namespace loyalty
