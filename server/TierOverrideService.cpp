#include "server/TierOverrideService.h"

#include "core/IsoTime.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/MemberService.h"
#include "server/TierService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
AuditRecord auditFor(const UserInfo &actor, const QString &clientAddress, const char *action, qint64 memberId,
                     const Member &before)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QString::fromLatin1(action);
    audit.entity = QStringLiteral("member");
    audit.entityId = QString::number(memberId);
    audit.before = {{QStringLiteral("tierId"), before.tier.id},
                    {QStringLiteral("manual"), before.manualTier.has_value()}};
    return audit;
}
} // namespace

Outcome<Member> TierOverrideService::set(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                                         const TierOverrideRequest &request)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<Member> before = MemberService::find(memberId);
    if (!before.ok())
        return before;
    if (!TierService::find(request.tierId))
        return ServiceError::validation(QStringLiteral("tierId"),
                                        QT_TRANSLATE_NOOP("Server", "There is no such tier."));
    if (before.value().status == MemberStatus::Blacklisted)
        return ServiceError::refused(
            "member_blacklisted",
            QT_TRANSLATE_NOOP("Server", "A blacklisted member's tier cannot be changed."));
    QSqlQuery update(Database::connection());
    update.prepare(
        QStringLiteral("UPDATE members SET manual_tier_id = ?, manual_tier_since = ?, manual_tier_until = ?, "
                       "manual_tier_reason = ?, manual_tier_actor = ? WHERE id = ?"));
    update.bindValue(0, request.tierId);
    update.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(2, request.until.toMSecsSinceEpoch());
    update.bindValue(3, Database::text(request.reason));
    update.bindValue(4, Database::text(actor.username));
    update.bindValue(5, memberId);
    AuditRecord audit = auditFor(actor, clientAddress, "member.tier_set", memberId, before.value());
    audit.after = {{QStringLiteral("tierId"), request.tierId},
                   {QStringLiteral("manual"), true},
                   {QStringLiteral("until"), toIsoTime(request.until)},
                   {QStringLiteral("reason"), request.reason}};
    if (!Database::exec(update) || !AuditLog::record(audit))
        return ServiceError::internal();
    const Outcome<Member> after = MemberService::find(memberId);
    if (!after.ok() || !transaction.commit())
        return ServiceError::internal();
    return after;
}

Outcome<Member> TierOverrideService::end(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                                         const QString &reason)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<Member> before = MemberService::find(memberId);
    if (!before.ok())
        return before;
    if (!before.value().manualTier)
        return ServiceError::refused("no_manual_tier",
                                     QT_TRANSLATE_NOOP("Server", "The member has no manual tier to end."));
    QSqlQuery update(Database::connection());
    update.prepare(
        QStringLiteral("UPDATE members SET manual_tier_id = NULL, manual_tier_since = NULL, "
                       "manual_tier_until = NULL, manual_tier_reason = NULL, manual_tier_actor = NULL "
                       "WHERE id = ?"));
    update.bindValue(0, memberId);
    if (!Database::exec(update))
        return ServiceError::internal();
    const Outcome<Member> after = MemberService::find(memberId);
    if (!after.ok())
        return ServiceError::internal();
    AuditRecord audit = auditFor(actor, clientAddress, "member.tier_end", memberId, before.value());
    audit.after = {{QStringLiteral("tierId"), after.value().tier.id},
                   {QStringLiteral("manual"), false},
                   {QStringLiteral("reason"), reason}};
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return after;
}

} // namespace loyalty::server
