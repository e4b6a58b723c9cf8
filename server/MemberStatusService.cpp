#include "server/MemberStatusService.h"

#include "server/ApprovalService.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/LedgerService.h"
#include "server/MemberService.h"
#include "server/PendingService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
struct Current
{
    MemberStatus status = MemberStatus::Active;
    qint64 balance = 0;
};

Outcome<Current> readCurrent(qint64 memberId)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT status, balance FROM members WHERE id = ?"));
    query.bindValue(0, memberId);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return Current{memberStatusFromString(query.value(0).toString()), query.value(1).toLongLong()};
}

bool writeStatus(qint64 memberId, MemberStatus status, const QString &reason)
{
    QSqlQuery update(Database::connection());
    update.prepare(QStringLiteral(
        "UPDATE members SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?"));
    update.bindValue(0, memberStatusToString(status));
    update.bindValue(1, Database::text(reason));
    update.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(3, memberId);
    return Database::exec(update) && update.numRowsAffected() == 1;
}

AuditRecord auditFor(const StatusCommand &command, const char *action, MemberStatus before)
{
    AuditRecord audit;
    audit.actorId = command.actor.id;
    audit.actorName = command.actor.username;
    audit.clientAddress = command.clientAddress;
    audit.action = QString::fromLatin1(action);
    audit.entity = QStringLiteral("member");
    audit.entityId = QString::number(command.memberId);
    audit.before = {{QStringLiteral("status"), memberStatusToString(before)}};
    audit.after = {{QStringLiteral("status"), memberStatusToString(command.request.status)},
                   {QStringLiteral("reason"), command.request.reason}};
    return audit;
}

ServiceError unchanged()
{
    return ServiceError::refused("status_unchanged",
                                 QT_TRANSLATE_NOOP("Server", "The member already has this status."));
}
} // namespace

Outcome<Member> MemberStatusService::freezeOrUnfreeze(const StatusCommand &command)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<Current> current = readCurrent(command.memberId);
    if (!current.ok())
        return current.error();
    if (current.value().status == MemberStatus::Blacklisted)
        return ServiceError::refused(
            "member_blacklisted",
            QT_TRANSLATE_NOOP("Server", "The member is blacklisted; only a manager can lift the blacklist."));
    if (current.value().status == command.request.status)
        return unchanged();
    const char *action = command.request.status == MemberStatus::Frozen ? "member.freeze" : "member.unfreeze";
    if (!writeStatus(command.memberId, command.request.status, command.request.reason) ||
        !AuditLog::record(auditFor(command, action, current.value().status)))
        return ServiceError::internal();
    const Outcome<Member> member = MemberService::find(command.memberId);
    if (!member.ok() || !transaction.commit())
        return ServiceError::internal();
    return member;
}

Outcome<WriteResult> MemberStatusService::blacklist(const StatusCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<Current> current = readCurrent(command.memberId);
        if (!current.ok())
            return current.error();
        if (current.value().status == MemberStatus::Blacklisted)
            return unchanged();
        qint64 forfeited = 0;
        if (current.value().balance > 0) {
            LedgerPosting posting;
            posting.kind = LedgerKind::Forfeit;
            posting.amount = -current.value().balance;
            posting.reason = QStringLiteral("blacklist");
            posting.note = command.request.reason;
            posting.actorId = command.actor.id;
            posting.actor = command.actor.username;
            posting.source = QStringLiteral("risk");
            LedgerService ledger;
            const Outcome<PostedEntries> posted = ledger.post(command.memberId, {posting});
            if (!posted.ok())
                return posted.error();
            forfeited = current.value().balance;
        }
        const Outcome<int> pending =
            PendingService::cancelForMember(command.memberId, QStringLiteral("blacklisted"));
        const Outcome<int> approvals =
            ApprovalService::cancelForMember(command.memberId, command.actor, command.request.reason);
        if (!pending.ok() || !approvals.ok() ||
            !writeStatus(command.memberId, MemberStatus::Blacklisted, command.request.reason))
            return ServiceError::internal();
        AuditRecord audit = auditFor(command, "member.blacklist", current.value().status);
        audit.before.insert(QStringLiteral("balance"), current.value().balance);
        audit.after.insert(QStringLiteral("balance"), 0);
        audit.after.insert(QStringLiteral("forfeited"), forfeited);
        audit.after.insert(QStringLiteral("cancelledPending"), pending.value());
        audit.after.insert(QStringLiteral("cancelledApprovals"), approvals.value());
        if (!AuditLog::record(audit))
            return ServiceError::internal();
        const Outcome<Member> member = MemberService::find(command.memberId);
        if (!member.ok())
            return ServiceError::internal();
        const QJsonObject answer{{QStringLiteral("member"), member.value().toJson()},
                                 {QStringLiteral("forfeited"), forfeited},
                                 {QStringLiteral("cancelledPending"), pending.value()},
                                 {QStringLiteral("cancelledApprovals"), approvals.value()}};
        return WriteResult{200, QJsonDocument(answer).toJson(QJsonDocument::Compact), false};
    });
}

Outcome<Member> MemberStatusService::lift(const StatusCommand &command)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<Current> current = readCurrent(command.memberId);
    if (!current.ok())
        return current.error();
    if (current.value().status != MemberStatus::Blacklisted)
        return ServiceError::refused("not_blacklisted",
                                     QT_TRANSLATE_NOOP("Server", "The member is not blacklisted."));
    if (!writeStatus(command.memberId, MemberStatus::Active, command.request.reason) ||
        !AuditLog::record(auditFor(command, "member.blacklist_lift", current.value().status)))
        return ServiceError::internal();
    const Outcome<Member> member = MemberService::find(command.memberId);
    if (!member.ok() || !transaction.commit())
        return ServiceError::internal();
    return member;
}

} // namespace loyalty::server
