#include "core/CaseResolution.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
Violation violation(const char *field, const char *code, const char *text)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), text};
}
} // namespace

std::optional<Violation> CaseResolution::validate(ItemFulfilment fulfilment, CaseKind kind) const
{
    if (outcome == CaseOutcome::Reissue && fulfilment != ItemFulfilment::Code)
        return violation(
            "outcome", "reissue_needs_code",
            QT_TRANSLATE_NOOP("Validation", "Only an item delivered as a code can be reissued."));
    if (outcome == CaseOutcome::Reship && fulfilment != ItemFulfilment::Ship)
        return violation("outcome", "reship_needs_shipping",
                         QT_TRANSLATE_NOOP("Validation", "Only a shipped item can be shipped again."));
    if (restock && outcome != CaseOutcome::Refund)
        return violation("restock", "restock_needs_refund",
                         QT_TRANSLATE_NOOP("Validation", "Stock goes back only with a refund."));
    if (restock && kind == CaseKind::Lost)
        return violation(
            "restock", "restock_lost",
            QT_TRANSLATE_NOOP("Validation", "A lost item did not come back: nothing to restock."));
    const QString trimmed = reason.trimmed();
    if (outcome == CaseOutcome::Reject && trimmed.isEmpty())
        return violation("reason", "reason_required",
                         QT_TRANSLATE_NOOP("Validation", "Say why the claim is rejected."));
    if (trimmed.size() > kMaxReasonLength)
        return violation("reason", "reason_too_long",
                         QT_TRANSLATE_NOOP("Validation", "The reason may be at most 200 characters."));
    return std::nullopt;
}

QJsonObject CaseResolution::toJson() const
{
    return {{QStringLiteral("outcome"), caseOutcomeToString(outcome)},
            {QStringLiteral("restock"), restock},
            {QStringLiteral("reason"), reason}};
}

std::optional<Violation> CaseResolution::fromJson(const QJsonObject &object, CaseResolution *resolution)
{
    if (!caseOutcomeFromString(object.value(QStringLiteral("outcome")).toString(), &resolution->outcome))
        return violation("outcome", "outcome_unknown",
                         QT_TRANSLATE_NOOP("Validation", "An outcome is refund, reship, reissue or reject."));
    const QJsonValue restock = object.value(QStringLiteral("restock"));
    if (!restock.isBool() && !restock.isUndefined())
        return violation("restock", "restock_not_boolean",
                         QT_TRANSLATE_NOOP("Validation", "Restock is true or false."));
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    if (!reason.isString() && !reason.isUndefined())
        return violation("reason", "reason_not_text",
                         QT_TRANSLATE_NOOP("Validation", "The reason must be text."));
    resolution->restock = restock.toBool();
    resolution->reason = reason.toString();
    return std::nullopt;
}

} // namespace loyalty
