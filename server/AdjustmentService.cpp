#include "server/AdjustmentService.h"

#include "server/AuditLog.h"
#include "server/IdempotencyStore.h"
#include "server/LedgerService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace loyalty::server {

Outcome<AdjustmentResult> AdjustmentService::adjust(const AdjustmentCommand &command)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();

    const bool idempotent = !command.idempotencyKey.isEmpty();
    if (idempotent) {
        bool failed = false;
        const std::optional<StoredResponse> stored =
            IdempotencyStore::find(command.actor.id, command.idempotencyKey, &failed);
        if (failed)
            return ServiceError::internal();
        if (stored) {
            if (stored->requestHash != command.requestHash)
                return ServiceError{409,
                                    QStringLiteral("idempotency_conflict"),
                                    "Server",
                                    QT_TRANSLATE_NOOP("Server", "This Idempotency-Key was already used for a "
                                                                "different request."),
                                    {},
                                    {}};
            return AdjustmentResult{stored->status, stored->body, true};
        }
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

    AdjustmentResult result{201, QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact), false};
    if (idempotent && !IdempotencyStore::store(command.actor.id, command.idempotencyKey,
                                               {command.requestHash, result.status, result.body}))
        return ServiceError::internal();
    if (!transaction.commit())
        return ServiceError::internal();
    return result;
}

} // namespace loyalty::server
