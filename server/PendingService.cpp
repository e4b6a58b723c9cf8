#include "server/PendingService.h"

#include "core/Member.h"

#include "server/ApprovalService.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/LedgerService.h"
#include "server/Logging.h"
#include "server/MemberService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace loyalty::server {

namespace {
constexpr int kSettleBatch = 500;

const QString kSelect = QStringLiteral(
    "SELECT id, member_id, amount, reason, note, source, post_at, event_key, deadline, status, entry_id, "
    "resolution, created_at, resolved_at FROM pending_entries ");

PendingEntry readPending(const QSqlQuery &query)
{
    PendingEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.memberId = query.value(1).toLongLong();
    entry.amount = query.value(2).toLongLong();
    entry.reason = query.value(3).toString();
    entry.note = query.value(4).toString();
    entry.source = query.value(5).toString();
    entry.postAt = Database::timeFromMs(query.value(6));
    entry.eventKey = query.value(7).toString();
    entry.deadline = Database::timeFromMs(query.value(8));
    entry.status = ledgerStatusFromString(query.value(9).toString());
    entry.entryId = query.value(10).toLongLong();
    entry.resolution = query.value(11).toString();
    entry.createdAt = Database::timeFromMs(query.value(12));
    entry.resolvedAt = Database::timeFromMs(query.value(13));
    return entry;
}

Outcome<PendingEntry> findPending(qint64 id)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return readPending(query);
}

// Posts one pending entry as an earn and marks it posted; the caller owns the transaction.
Outcome<qint64> postPending(LedgerService &ledger, const PendingEntry &pending, const QString &actor,
                            qint64 actorId, const QDateTime &at)
{
    LedgerPosting posting;
    posting.kind = LedgerKind::Earn;
    posting.amount = pending.amount;
    posting.reason = pending.reason;
    posting.note = pending.note;
    posting.actorId = actorId;
    posting.actor = actor;
    posting.source = pending.source;
    posting.createdAt = at;
    const Outcome<PostedEntries> posted = ledger.post(pending.memberId, {posting});
    if (!posted.ok())
        return posted.error();
    const qint64 entryId = posted.value().entries.constFirst().id;
    QSqlQuery update(Database::connection());
    update.prepare(QStringLiteral("UPDATE pending_entries SET status = 'posted', entry_id = ?, resolution = "
                                  "'posted', resolved_at = ? WHERE id = ? AND status = 'pending'"));
    update.bindValue(0, entryId);
    update.bindValue(1, at.toMSecsSinceEpoch());
    update.bindValue(2, pending.id);
    if (!Database::exec(update) || update.numRowsAffected() != 1)
        return ServiceError::internal();
    return entryId;
}
} // namespace

Outcome<PendingEntry> PendingService::create(const UserInfo &actor, const QString &clientAddress,
                                             qint64 memberId, const PendingRequest &request)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    QSqlQuery member(Database::connection());
    member.setForwardOnly(true);
    member.prepare(QStringLiteral("SELECT status FROM members WHERE id = ?"));
    member.bindValue(0, memberId);
    if (!Database::exec(member))
        return ServiceError::internal();
    if (!member.next())
        return ServiceError::notFound();
    const MemberStatus status = memberStatusFromString(member.value(0).toString());
    member.finish();
    if (std::optional<ServiceError> refused = ServiceError::memberInactive(status))
        return *refused;
    // Pending points post without a second person: they may not exceed what one person may adjust.
    if (ApprovalService::needsApproval(request.amount))
        return ServiceError{
            422,
            QStringLiteral("above_approval_threshold"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "Pending points may be at most %1, the approval threshold."),
            {QString::number(ApprovalService::threshold())},
            QStringLiteral("amount")};
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO pending_entries (member_id, amount, reason, note, source, actor_id, "
                       "actor, post_at, event_key, deadline, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"));
    insert.bindValue(0, memberId);
    insert.bindValue(1, request.amount);
    insert.bindValue(2, Database::text(request.reason));
    insert.bindValue(3, Database::text(request.note));
    insert.bindValue(4, Database::text(request.source));
    insert.bindValue(5, actor.id);
    insert.bindValue(6, Database::text(actor.username));
    insert.bindValue(7, request.postAt.isValid() ? QVariant(request.postAt.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(8, request.eventKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(request.eventKey));
    insert.bindValue(9, request.deadline.toMSecsSinceEpoch());
    insert.bindValue(10, QDateTime::currentMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();
    const Outcome<PendingEntry> created = findPending(insert.lastInsertId().toLongLong());
    if (!created.ok())
        return created;
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QStringLiteral("pending.create");
    audit.entity = QStringLiteral("pending_entry");
    audit.entityId = QString::number(created.value().id);
    audit.memberId = memberId;
    audit.after = {{QStringLiteral("amount"), request.amount}, {QStringLiteral("reason"), request.reason}};
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return created;
}

Outcome<PendingPage> PendingService::list(qint64 memberId, int limit, const std::optional<PageCursor> &before)
{
    if (const std::optional<ServiceError> missing = MemberService::requireMember(memberId))
        return *missing;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE member_id = ? AND id < ? ORDER BY id DESC LIMIT ?"));
    query.bindValue(0, memberId);
    query.bindValue(1, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(2, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<PendingEntry>(query, limit, readPending);
}

Outcome<PendingEntry> PendingService::confirm(const UserInfo &actor, const QString &clientAddress,
                                              qint64 pendingId)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<PendingEntry> pending = findPending(pendingId);
    if (!pending.ok())
        return pending;
    if (pending.value().status != LedgerStatus::Pending)
        return ServiceError::conflict(
            "pending_settled", QT_TRANSLATE_NOOP("Server", "These points were already posted or cancelled."));
    // Only the event posts event points, and never after the deadline (the settle run cancels them).
    if (pending.value().eventKey.isEmpty())
        return ServiceError::refused(
            "pending_waits_for_time",
            QT_TRANSLATE_NOOP("Server", "These points post at their time, not on an event."));
    if (pending.value().deadline <= QDateTime::currentDateTimeUtc())
        return ServiceError::refused("pending_lapsed",
                                     QT_TRANSLATE_NOOP("Server", "The deadline of these points has passed."));
    LedgerService ledger;
    const Outcome<qint64> entryId =
        postPending(ledger, pending.value(), actor.username, actor.id, QDateTime::currentDateTimeUtc());
    if (!entryId.ok())
        return entryId.error();
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QStringLiteral("pending.post");
    audit.entity = QStringLiteral("pending_entry");
    audit.entityId = QString::number(pendingId);
    audit.memberId = pending.value().memberId;
    audit.after = {{QStringLiteral("entryId"), entryId.value()},
                   {QStringLiteral("amount"), pending.value().amount}};
    if (!AuditLog::record(audit))
        return ServiceError::internal();
    const Outcome<PendingEntry> posted = findPending(pendingId);
    if (!posted.ok() || !transaction.commit())
        return ServiceError::internal();
    return posted;
}

bool PendingService::hasDueWork(const QDateTime &now)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pending_entries WHERE status = 'pending' AND "
                                 "post_at <= ?) OR EXISTS (SELECT 1 FROM pending_entries WHERE status = "
                                 "'pending' AND deadline <= ?)"));
    query.bindValue(0, now.toMSecsSinceEpoch());
    query.bindValue(1, now.toMSecsSinceEpoch());
    return Database::exec(query) && query.next() && query.value(0).toBool();
}

bool PendingService::settle(const QDateTime &now, SettleSummary *summary,
                            const std::function<bool(const SettleSummary &)> &onBatch)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    {
        QSqlQuery count(Database::connection());
        count.setForwardOnly(true);
        count.prepare(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM pending_entries WHERE status = 'pending' AND "
                           "deadline <= ?) + (SELECT COUNT(*) FROM pending_entries WHERE status = "
                           "'pending' AND post_at <= ?)"));
        count.bindValue(0, nowMs);
        count.bindValue(1, nowMs);
        if (Database::exec(count) && count.next())
            summary->total = count.value(0).toLongLong();
    }
    // First the deadlines (a lapsed entry never posts), then what is due, batch by batch.
    for (;;) {
        Transaction transaction;
        if (!transaction.isActive())
            return false;
        QSqlQuery cancel(Database::connection());
        cancel.prepare(
            QStringLiteral("UPDATE pending_entries SET status = 'cancelled', resolution = 'deadline', "
                           "resolved_at = ? WHERE id IN (SELECT id FROM pending_entries WHERE status = "
                           "'pending' AND deadline <= ? LIMIT ?)"));
        cancel.bindValue(0, nowMs);
        cancel.bindValue(1, nowMs);
        cancel.bindValue(2, kSettleBatch);
        if (!Database::exec(cancel) || !transaction.commit())
            return false;
        const int cancelled = cancel.numRowsAffected();
        summary->cancelled += cancelled;
        if (onBatch && !onBatch(*summary))
            return true;
        if (cancelled < kSettleBatch)
            break;
    }
    qint64 afterId = 0;
    LedgerService ledger;
    for (;;) {
        Transaction transaction;
        if (!transaction.isActive())
            return false;
        QSqlQuery due(Database::connection());
        due.setForwardOnly(true);
        due.prepare(
            kSelect +
            QStringLiteral("WHERE status = 'pending' AND post_at <= ? AND id > ? ORDER BY id LIMIT ?"));
        due.bindValue(0, nowMs);
        due.bindValue(1, afterId);
        due.bindValue(2, kSettleBatch);
        if (!Database::exec(due))
            return false;
        QList<PendingEntry> batch;
        while (due.next())
            batch.append(readPending(due));
        due.finish();
        if (batch.isEmpty())
            break;
        for (const PendingEntry &pending : std::as_const(batch)) {
            afterId = pending.id;
            const Outcome<qint64> posted = postPending(ledger, pending, QStringLiteral("system"), 0, now);
            if (posted.ok()) {
                ++summary->posted;
            } else if (posted.error().status == 422) {
                ++summary->waiting; // frozen: it waits for the unfreeze or its deadline
            } else {
                qCWarning(lcServerDb) << "cannot post pending entry" << pending.id << posted.error().code;
                return false;
            }
        }
        if (!transaction.commit())
            return false;
        if (onBatch && !onBatch(*summary))
            return true;
    }
    return true;
}

Outcome<int> PendingService::cancelForMember(qint64 memberId, const QString &resolution)
{
    QSqlQuery cancel(Database::connection());
    cancel.prepare(
        QStringLiteral("UPDATE pending_entries SET status = 'cancelled', resolution = ?, resolved_at = ? "
                       "WHERE member_id = ? AND status = 'pending'"));
    cancel.bindValue(0, resolution);
    cancel.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    cancel.bindValue(2, memberId);
    if (!Database::exec(cancel))
        return ServiceError::internal();
    return cancel.numRowsAffected();
}

} // namespace loyalty::server
