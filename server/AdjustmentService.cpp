#include "server/AdjustmentService.h"

#include "server/ApprovalService.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"

#include <QJsonDocument>

namespace loyalty::server {

Outcome<WriteResult> AdjustmentService::adjust(const AdjustmentCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        if (ApprovalService::needsApproval(command.request.amount)) {
            const Outcome<Approval> approval = ApprovalService::file(command);
            if (!approval.ok())
                return approval.error();
            const QJsonObject answer{{QStringLiteral("approval"), approval.value().toJson()}};
            return WriteResult{202, QJsonDocument(answer).toJson(QJsonDocument::Compact), false};
        }
        LedgerPosting posting;
        posting.kind = LedgerKind::Adjust;
        posting.amount = command.request.amount;
        posting.reason = command.request.reason;
        posting.note = command.request.note;
        posting.actorId = command.actor.id;
        posting.actor = command.actor.username;
        posting.source = QStringLiteral("manual");
        LedgerService ledger;
        Outcome<PostedEntries> posted = ledger.post(command.memberId, {posting});
        if (!posted.ok())
            return posted.error();
        const LedgerEntry &entry = posted.value().entries.constFirst();

        AuditRecord audit;
        audit.actorId = command.actor.id;
        audit.actorName = command.actor.username;
        audit.clientAddress = command.clientAddress;
        audit.action = QStringLiteral("points.adjust");
        audit.entity = QStringLiteral("member");
        audit.entityId = QString::number(command.memberId);
        audit.before = {{QStringLiteral("balance"), posted.value().balanceBefore}};
        audit.after = {{QStringLiteral("balance"), entry.balanceAfter},
                       {QStringLiteral("entryId"), entry.id},
                       {QStringLiteral("amount"), entry.amount},
                       {QStringLiteral("reason"), entry.reason}};
        if (!AuditLog::record(audit))
            return ServiceError::internal();
        return WriteResult{201, QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact), false};
    });
}

} // namespace loyalty::server
