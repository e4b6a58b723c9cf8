#include "server/ApprovalService.h"

#include "core/Member.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/LedgerService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>
#include <limits>

namespace loyalty::server {

namespace {
std::atomic<qint64> g_threshold{5000};

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.member_id, m.member_no, m.name, a.amount, a.reason, a.note, a.status, a.requested_by_id, "
    "a.requested_by, a.requested_at, a.decided_by, a.decided_at, a.comment, a.entry_id "
    "FROM approvals a JOIN members m ON m.id = a.member_id ");

Approval readApproval(const QSqlQuery &query)
{
    Approval approval;
    approval.id = query.value(0).toLongLong();
    approval.memberId = query.value(1).toLongLong();
    approval.memberNo = query.value(2).toString();
    approval.memberName = query.value(3).toString();
    approval.amount = query.value(4).toLongLong();
    approval.reason = query.value(5).toString();
    approval.note = query.value(6).toString();
    Approval::statusFromString(query.value(7).toString(), &approval.status);
    approval.requestedById = query.value(8).toLongLong();
    approval.requestedBy = query.value(9).toString();
    approval.requestedAt = Database::timeFromMs(query.value(10));
    approval.decidedBy = query.value(11).toString();
    approval.decidedAt = Database::timeFromMs(query.value(12));
    approval.comment = query.value(13).toString();
    approval.entryId = query.value(14).toLongLong();
    return approval;
}

Outcome<Approval> findApproval(qint64 id)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE a.id = ?"));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return readApproval(query);
}

AuditRecord auditFor(const UserInfo &actor, const QString &clientAddress, const char *action,
                     const Approval &approval)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QString::fromLatin1(action);
    audit.entity = QStringLiteral("approval");
    audit.entityId = QString::number(approval.id);
    audit.memberId = approval.memberId;
    return audit;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void ApprovalService::setThreshold(qint64 points)
{
    g_threshold = points;
}

qint64 ApprovalService::threshold()
{
    return g_threshold;
}

bool ApprovalService::needsApproval(qint64 amount)
{
    return amount > g_threshold || amount < -g_threshold;
}

Outcome<Approval> ApprovalService::file(const AdjustmentCommand &command)
{
    // Refuse up front what could never post: an unknown, frozen or blacklisted member.
    QSqlQuery member(Database::connection());
    member.setForwardOnly(true);
    member.prepare(QStringLiteral("SELECT status, balance FROM members WHERE id = ?"));
    member.bindValue(0, command.memberId);
    if (!Database::exec(member))
        return ServiceError::internal();
    if (!member.next())
        return ServiceError::notFound();
    const MemberStatus status = memberStatusFromString(member.value(0).toString());
    const qint64 balance = member.value(1).toLongLong();
    member.finish();
    // A deduction the balance cannot cover now is refused now rather than at approval.
    if (balance + command.request.amount < 0)
        return ServiceError::insufficientPoints(balance, -command.request.amount);
    if (std::optional<ServiceError> refused = ServiceError::memberInactive(status))
        return *refused;

    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral("INSERT INTO approvals (member_id, amount, reason, note, requested_by_id, "
                                  "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, command.memberId);
    insert.bindValue(1, command.request.amount);
    insert.bindValue(2, Database::text(command.request.reason));
    insert.bindValue(3, Database::text(command.request.note));
    insert.bindValue(4, command.actor.id);
    insert.bindValue(5, Database::text(command.actor.username));
    insert.bindValue(6, QDateTime::currentMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();
    const Outcome<Approval> approval = findApproval(insert.lastInsertId().toLongLong());
    if (!approval.ok())
        return approval;
    AuditRecord audit = auditFor(command.actor, command.clientAddress, "approval.request", approval.value());
    audit.after = {{QStringLiteral("amount"), command.request.amount},
                   {QStringLiteral("reason"), command.request.reason},
                   {QStringLiteral("status"), QStringLiteral("pending")}};
    if (!AuditLog::record(audit))
        return ServiceError::internal();
    return approval;
}

Outcome<ApprovalPage> ApprovalService::list(Approval::Status status, int limit,
                                            const std::optional<PageCursor> &after)
{
    const bool queue = status == Approval::Status::Pending;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect +
                  (queue ? QStringLiteral("WHERE a.status = ? AND a.id > ? ORDER BY a.id LIMIT ?")
                         : QStringLiteral("WHERE a.status = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?")));
    query.bindValue(0, Approval::statusToString(status));
    query.bindValue(1, after ? after->id : (queue ? 0 : std::numeric_limits<qint64>::max()));
    query.bindValue(2, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<Approval>(query, limit, readApproval);
}

Outcome<qint64> ApprovalService::pendingCount()
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE status = 'pending'")) ||
        !query.next())
        return ServiceError::internal();
    return query.value(0).toLongLong();
}

Outcome<WriteResult> ApprovalService::decide(const DecisionCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        Outcome<Approval> found = findApproval(command.approvalId);
        if (!found.ok())
            return found.error();
        Approval approval = found.value();
        if (approval.status != Approval::Status::Pending)
            return ServiceError::conflict(
                "approval_decided", QT_TRANSLATE_NOOP("Server", "This request has already been decided."));
        if (approval.requestedById == command.actor.id)
            return ServiceError::refused(
                "self_approval", QT_TRANSLATE_NOOP("Server", "You asked for this adjustment; another manager "
                                                             "must approve or reject it."));
        const bool approve = command.request.kind == DecisionRequest::Kind::Approve;
        QJsonObject answer;
        if (approve) {
            LedgerPosting posting;
            posting.kind = LedgerKind::Adjust;
            posting.amount = approval.amount;
            posting.reason = approval.reason;
            posting.note = approval.note;
            // The entry is the requester's adjustment; the approval row and the audit say who approved.
            posting.actorId = approval.requestedById;
            posting.actor = approval.requestedBy;
            posting.source = QStringLiteral("manual");
            LedgerService ledger;
            const Outcome<PostedEntries> posted = ledger.post(approval.memberId, {posting});
            if (!posted.ok())
                return posted.error(); // stays pending: the manager may reject it instead
            approval.entryId = posted.value().entries.constFirst().id;
            answer.insert(QStringLiteral("entry"), posted.value().entries.constFirst().toJson());
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery update(Database::connection());
        update.prepare(
            QStringLiteral("UPDATE approvals SET status = ?, decided_by_id = ?, decided_by = ?, "
                           "decided_at = ?, comment = ?, entry_id = ? WHERE id = ? AND status = 'pending'"));
        update.bindValue(0, approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
        update.bindValue(1, command.actor.id);
        update.bindValue(2, Database::text(command.actor.username));
        update.bindValue(3, now);
        update.bindValue(4, Database::text(command.request.comment));
        update.bindValue(5, approval.entryId > 0 ? QVariant(approval.entryId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        update.bindValue(6, approval.id);
        if (!Database::exec(update) || update.numRowsAffected() != 1)
            return ServiceError::internal();
        const Outcome<Approval> decided = findApproval(approval.id);
        if (!decided.ok())
            return decided.error();
        AuditRecord audit = auditFor(command.actor, command.clientAddress,
                                     approve ? "approval.approve" : "approval.reject", decided.value());
        audit.before = {{QStringLiteral("status"), QStringLiteral("pending")}};
        audit.after = {{QStringLiteral("status"), Approval::statusToString(decided.value().status)},
                       {QStringLiteral("amount"), approval.amount},
                       {QStringLiteral("comment"), command.request.comment},
                       {QStringLiteral("requestedBy"), approval.requestedBy}};
        if (approval.entryId > 0)
            audit.after.insert(QStringLiteral("entryId"), approval.entryId);
        if (!AuditLog::record(audit))
            return ServiceError::internal();
        answer.insert(QStringLiteral("approval"), decided.value().toJson());
        return WriteResult{200, compact(answer), false};
    });
}

Outcome<int> ApprovalService::cancelForMember(qint64 memberId, const UserInfo &actor, const QString &comment)
{
    QSqlQuery update(Database::connection());
    update.prepare(
        QStringLiteral("UPDATE approvals SET status = 'cancelled', decided_by_id = ?, decided_by = ?, "
                       "decided_at = ?, comment = ? WHERE member_id = ? AND status = 'pending'"));
    update.bindValue(0, actor.id > 0 ? QVariant(actor.id) : QVariant(QMetaType::fromType<qint64>()));
    update.bindValue(1, Database::text(actor.username));
    update.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    update.bindValue(3, Database::text(comment));
    update.bindValue(4, memberId);
    if (!Database::exec(update))
        return ServiceError::internal();
    return update.numRowsAffected();
}

} // namespace loyalty::server
