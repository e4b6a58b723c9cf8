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
    case Permission::MembersFreeze:
        return QStringLiteral("members.freeze");
    case Permission::MembersBlacklist:
        return QStringLiteral("members.blacklist");
    case Permission::MembersTier:
        return QStringLiteral("members.tier");
    case Permission::MembersNote:
        return QStringLiteral("members.note");
    case Permission::ApprovalsDecide:
        return QStringLiteral("approvals.decide");
    case Permission::JobsRun:
        return QStringLiteral("jobs.run");
    case Permission::MembersAudit:
        return QStringLiteral("members.audit");
    case Permission::TiersManage:
        return QStringLiteral("tiers.manage");
    case Permission::EventsPost:
        return QStringLiteral("events.post");
    case Permission::MallRead:
        return QStringLiteral("mall.read");
    case Permission::MallManage:
        return QStringLiteral("mall.manage");
    case Permission::RedemptionsHandle:
        return QStringLiteral("redemptions.handle");
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
