#include "server/ReversalService.h"

#include "server/AuditLog.h"
#include "server/LedgerService.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace loyalty::server {

namespace {
ServiceError refusal(const char *code, const char *sentence)
{
    return ServiceError{422, QString::fromLatin1(code), "Server", sentence, {}, {}};
}
} // namespace

Outcome<WriteResult> ReversalService::reverse(const ReversalCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        bool alreadyReversed = false;
        const Outcome<LedgerEntry> original = LedgerService::entry(command.entryId, &alreadyReversed);
        if (!original.ok())
            return original.error();
        const LedgerEntry &entry = original.value();
        if (entry.kind == LedgerKind::Reverse)
            return refusal("cannot_reverse_reversal",
                           QT_TRANSLATE_NOOP("Server", "A reversal cannot be reversed; post a new adjustment "
                                                       "instead."));
        if (entry.status != LedgerStatus::Posted)
            return refusal("entry_not_posted",
                           QT_TRANSLATE_NOOP("Server", "Only posted entries can be reversed."));
        // A redemption's points move with its stock and status: a bare reversal would give the points
        // back and leave the goods with the member.
        if (entry.source == QLatin1String("redemption"))
            return refusal("redemption_entry",
                           QT_TRANSLATE_NOOP("Server", "This entry belongs to a redemption; cancel the "
                                                       "redemption or refund it through an after-sales "
                                                       "case instead."));
        if (alreadyReversed)
            return refusal("already_reversed",
                           QT_TRANSLATE_NOOP("Server", "This entry has already been reversed."));

        LedgerPosting posting;
        posting.kind = LedgerKind::Reverse;
        posting.amount = -entry.amount;
        posting.reason = command.request.reason;
        posting.note = command.request.note;
        posting.actorId = command.actor.id;
        posting.actor = command.actor.username;
        posting.source = QStringLiteral("manual");
        posting.reversesEntryId = entry.id;
        LedgerService ledger;
        Outcome<PostedEntries> posted = ledger.post(entry.memberId, {posting});
        if (!posted.ok())
            return posted.error();
        const LedgerEntry &reversal = posted.value().entries.constFirst();

        AuditRecord audit;
        audit.actorId = command.actor.id;
        audit.actorName = command.actor.username;
        audit.clientAddress = command.clientAddress;
        audit.action = QStringLiteral("points.reverse");
        audit.entity = QStringLiteral("ledger_entry");
        audit.entityId = QString::number(entry.id);
        audit.memberId = entry.memberId;
        audit.before = {{QStringLiteral("balance"), posted.value().balanceBefore},
                        {QStringLiteral("memberId"), entry.memberId}};
        audit.after = {{QStringLiteral("balance"), reversal.balanceAfter},
                       {QStringLiteral("entryId"), reversal.id},
                       {QStringLiteral("amount"), reversal.amount},
                       {QStringLiteral("reason"), reversal.reason}};
        if (!AuditLog::record(audit))
            return ServiceError::internal();
        return WriteResult{201, QJsonDocument(reversal.toJson()).toJson(QJsonDocument::Compact), false};
    });
}

} // namespace loyalty::server
