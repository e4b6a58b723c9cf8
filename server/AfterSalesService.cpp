#include "server/AfterSalesService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/RedemptionService.h"
#include "server/StockService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace loyalty::server {

namespace {
AuditRecord auditOf(const UserInfo &actor, const QString &clientAddress, const QString &action,
                    const AfterSalesCase &afterSales, qint64 memberId)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = action;
    audit.entity = QStringLiteral("case");
    audit.entityId = QString::number(afterSales.id);
    audit.memberId = memberId;
    return audit;
}

// A redemption's points go back once: by cancelling it, or by one refund.
Outcome<bool> alreadyRefunded(qint64 redemptionId)
{
    QSqlQuery &query = Database::prepared(QStringLiteral(
        "SELECT COUNT(*) FROM after_sales_cases WHERE redemption_id = ? AND outcome = 'refund'"));
    query.bindValue(0, redemptionId);
    if (!Database::exec(query) || !query.next())
        return ServiceError::internal();
    const bool refunded = query.value(0).toLongLong() > 0;
    query.finish();
    return refunded;
}
} // namespace

Outcome<AfterSalesCase> AfterSalesService::openIn(const CaseCommand &command)
{
    const Outcome<RedemptionView> found = RedemptionReader::find(command.redemptionId, false);
    if (!found.ok())
        return found.error();
    const RedemptionView &redemption = found.value();
    if (!redemptionCanOpenCase(redemption.status))
        return ServiceError{409,
                            QStringLiteral("invalid_transition"),
                            "Server",
                            QT_TRANSLATE_NOOP("Server", "An after-sales case needs a delivered redemption "
                                                        "(fulfilled, shipped or completed); this one is %1."),
                            {redemptionStatusToString(redemption.status)},
                            {}};
    if (const std::optional<Violation> violation = command.request.validate(redemption.fulfilment()))
        return ServiceError::fromViolation(*violation);

    const QDateTime at = command.at.isValid() ? command.at.toUTC() : QDateTime::currentDateTimeUtc();
    AfterSalesCase afterSales;
    afterSales.redemptionId = redemption.id;
    afterSales.kind = command.request.kind;
    afterSales.status = CaseStatus::Open;
    afterSales.description = command.request.description.trimmed();
    afterSales.openedBy = command.actor.username;
    afterSales.openedAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), QTimeZone::utc());
    QSqlQuery &insert = Database::prepared(
        QStringLiteral("INSERT INTO after_sales_cases (redemption_id, kind, status, description, opened_by, "
                       "opened_at) VALUES (?, ?, 'open', ?, ?, ?)"));
    insert.bindValue(0, afterSales.redemptionId);
    insert.bindValue(1, caseKindToString(afterSales.kind));
    insert.bindValue(2, Database::text(afterSales.description));
    insert.bindValue(3, Database::text(afterSales.openedBy));
    insert.bindValue(4, at.toMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();
    afterSales.id = insert.lastInsertId().toLongLong();

    const QJsonObject detail{{QStringLiteral("caseId"), afterSales.id},
                             {QStringLiteral("kind"), caseKindToString(afterSales.kind)},
                             {QStringLiteral("description"), afterSales.description}};
    if (!RedemptionTimeline::append(redemption.id, QStringLiteral("caseOpened"), command.actor.username,
                                    detail, at.toMSecsSinceEpoch()))
        return ServiceError::internal();
    AuditRecord audit = auditOf(command.actor, command.clientAddress, QStringLiteral("case.open"), afterSales,
                                redemption.memberId);
    audit.after = detail;
    audit.after.insert(QStringLiteral("redemptionId"), redemption.id);
    if (!AuditLog::record(audit))
        return ServiceError::internal();
    return afterSales;
}

Outcome<WriteResult> AfterSalesService::open(const CaseCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<AfterSalesCase> opened = openIn(command);
        if (!opened.ok())
            return opened.error();
        return WriteResult{201, QJsonDocument(opened.value().toJson()).toJson(QJsonDocument::Compact), false};
    });
}

Outcome<ResolvedCase> AfterSalesService::resolveIn(const ResolveCommand &command)
{
    const Outcome<CaseView> found = CaseReader::find(command.caseId);
    if (!found.ok())
        return found.error();
    AfterSalesCase afterSales = found.value();
    if (afterSales.status != CaseStatus::Open)
        return ServiceError::conflict("already_resolved",
                                      QT_TRANSLATE_NOOP("Server", "This case is already resolved."));
    Outcome<RedemptionView> redemptionFound = RedemptionReader::find(afterSales.redemptionId, false);
    if (!redemptionFound.ok())
        return redemptionFound.error();
    RedemptionView redemption = redemptionFound.value();
    const CaseResolution &resolution = command.request;
    if (const std::optional<Violation> violation =
            resolution.validate(redemption.fulfilment(), afterSales.kind))
        return ServiceError::fromViolation(*violation);

    const QDateTime at = command.at.isValid() ? command.at.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 atMs = at.toMSecsSinceEpoch();
    const QString actor = command.actor.username;
    const QString reason = resolution.reason.trimmed();
    // What moved, for the case's timeline rows and its audit row.
    QJsonObject moved;
    QList<std::pair<QString, QJsonObject>> events;
    qint64 refundEntryId = 0;
    switch (resolution.outcome) {
    case CaseOutcome::Refund: {
        const Outcome<bool> refunded = alreadyRefunded(redemption.id);
        if (!refunded.ok())
            return refunded.error();
        if (refunded.value())
            return ServiceError::refused("already_refunded",
                                         QT_TRANSLATE_NOOP("Server", "This redemption's points were already "
                                                                     "refunded by another case."));
        const Outcome<qint64> refund = RedemptionService::refundPoints(
            redemption, command.actor, QStringLiteral("case %1").arg(afterSales.id), at);
        if (!refund.ok())
            return refund.error();
        refundEntryId = refund.value();
        moved.insert(QStringLiteral("points"), redemption.points);
        moved.insert(QStringLiteral("refundEntryId"), refundEntryId);
        events.append({QStringLiteral("refunded"),
                       {{QStringLiteral("caseId"), afterSales.id},
                        {QStringLiteral("points"), redemption.points},
                        {QStringLiteral("entryId"), refundEntryId}}});
        if (resolution.restock) {
            const Outcome<StockMovement> released =
                StockService::move(redemption.itemId, StockMovementKind::Release, redemption.quantity,
                                   QStringLiteral("case %1: returned").arg(afterSales.id), redemption.id,
                                   actor, StockService::Shortfall::OutOfStock);
            if (!released.ok())
                return released.error();
            moved.insert(QStringLiteral("restocked"), redemption.quantity);
            moved.insert(QStringLiteral("stockAfter"), released.value().quantityAfter);
            events.append({QStringLiteral("restocked"),
                           {{QStringLiteral("caseId"), afterSales.id},
                            {QStringLiteral("quantity"), redemption.quantity},
                            {QStringLiteral("stockAfter"), released.value().quantityAfter}}});
        }
        break;
    }
    case CaseOutcome::Reship: {
        // New units leave the warehouse: taken from stock (the first ones are lost or broken).
        const Outcome<StockMovement> shipped =
            StockService::move(redemption.itemId, StockMovementKind::Shipment, -redemption.quantity,
                               QStringLiteral("case %1: reshipped").arg(afterSales.id), redemption.id, actor,
                               StockService::Shortfall::OutOfStock);
        if (!shipped.ok())
            return shipped.error();
        moved.insert(QStringLiteral("reshipped"), redemption.quantity);
        moved.insert(QStringLiteral("stockAfter"), shipped.value().quantityAfter);
        events.append({QStringLiteral("reshipped"),
                       {{QStringLiteral("caseId"), afterSales.id},
                        {QStringLiteral("quantity"), redemption.quantity},
                        {QStringLiteral("stockAfter"), shipped.value().quantityAfter}}});
        break;
    }
    case CaseOutcome::Reissue: {
        const RedemptionStatus status = redemption.status;
        redemption.code = RedemptionService::generateCode();
        if (auto refused = RedemptionService::save(redemption, status))
            return *refused;
        moved.insert(QStringLiteral("codeReissued"), true);
        events.append(
            {QStringLiteral("codeReissued"),
             {{QStringLiteral("caseId"), afterSales.id}, {QStringLiteral("code"), redemption.code}}});
        break;
    }
    case CaseOutcome::Reject:
        break;
    }

    afterSales.status = CaseStatus::Resolved;
    afterSales.outcome = resolution.outcome;
    afterSales.restock = resolution.restock;
    afterSales.reason = reason;
    afterSales.resolvedBy = actor;
    afterSales.resolvedAt = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    QSqlQuery &update = Database::prepared(QStringLiteral(
        "UPDATE after_sales_cases SET status = 'resolved', outcome = ?, restock = ?, reason = ?, "
        "resolved_by = ?, resolved_at = ?, entry_id = ? WHERE id = ? AND status = 'open'"));
    update.bindValue(0, caseOutcomeToString(resolution.outcome));
    update.bindValue(1, resolution.restock ? 1 : 0);
    update.bindValue(2, Database::text(reason));
    update.bindValue(3, Database::text(actor));
    update.bindValue(4, atMs);
    update.bindValue(5,
                     refundEntryId > 0 ? QVariant(refundEntryId) : QVariant(QMetaType::fromType<qint64>()));
    update.bindValue(6, afterSales.id);
    if (!Database::exec(update))
        return ServiceError::internal();
    if (update.numRowsAffected() != 1)
        return ServiceError::conflict("already_resolved",
                                      QT_TRANSLATE_NOOP("Server", "This case is already resolved."));

    // The decision first, then what it moved.
    events.prepend({QStringLiteral("caseResolved"),
                    {{QStringLiteral("caseId"), afterSales.id},
                     {QStringLiteral("outcome"), caseOutcomeToString(resolution.outcome)},
                     {QStringLiteral("restock"), resolution.restock},
                     {QStringLiteral("reason"), reason}}});
    for (const auto &[kind, detail] : std::as_const(events)) {
        if (!RedemptionTimeline::append(redemption.id, kind, actor, detail, atMs))
            return ServiceError::internal();
    }
    AuditRecord audit = auditOf(command.actor, command.clientAddress, QStringLiteral("case.resolve"),
                                afterSales, redemption.memberId);
    audit.before = {{QStringLiteral("status"), QStringLiteral("open")}};
    audit.after = moved;
    audit.after.insert(QStringLiteral("status"), QStringLiteral("resolved"));
    audit.after.insert(QStringLiteral("outcome"), caseOutcomeToString(resolution.outcome));
    audit.after.insert(QStringLiteral("restock"), resolution.restock);
    audit.after.insert(QStringLiteral("reason"), reason);
    audit.after.insert(QStringLiteral("redemptionId"), redemption.id);
    if (!AuditLog::record(audit))
        return ServiceError::internal();

    redemption.openCases = std::max(0, redemption.openCases - 1);
    return ResolvedCase{afterSales, redemption};
}

Outcome<WriteResult> AfterSalesService::resolve(const ResolveCommand &command)
{
    return IdempotentWrite::run(command.guard, [&]() -> Outcome<WriteResult> {
        const Outcome<ResolvedCase> resolved = resolveIn(command);
        if (!resolved.ok())
            return resolved.error();
        const QJsonObject body{{QStringLiteral("case"), resolved.value().afterSales.toJson()},
                               {QStringLiteral("redemption"), resolved.value().redemption.toJson()}};
        return WriteResult{200, QJsonDocument(body).toJson(QJsonDocument::Compact), false};
    });
}

} // namespace loyalty::server
