#include "core/StockChangeRequest.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
Violation violation(const char *field, const char *code, const char *text)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), text};
}
} // namespace

std::optional<Violation> StockChangeRequest::validate() const
{
    if (kind != StockMovementKind::Inbound && kind != StockMovementKind::Correction)
        return violation("kind", "kind_not_manual",
                         QT_TRANSLATE_NOOP("Validation", "A stock change is an inbound or a correction."));
    if (kind == StockMovementKind::Inbound && delta <= 0)
        return violation("delta", "inbound_not_positive",
                         QT_TRANSLATE_NOOP("Validation", "Goods coming in must add at least one."));
    if (delta == 0)
        return violation("delta", "delta_zero",
                         QT_TRANSLATE_NOOP("Validation", "Enter a change other than zero."));
    if (delta > kMaxAbsDelta || delta < -kMaxAbsDelta)
        return violation("delta", "delta_too_large",
                         QT_TRANSLATE_NOOP("Validation", "A stock change may move at most 1,000,000 units."));
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return violation("reason", "reason_required",
                         QT_TRANSLATE_NOOP("Validation", "Say why the stock changes."));
    if (trimmed.size() > kMaxReasonLength)
        return violation("reason", "reason_too_long",
                         QT_TRANSLATE_NOOP("Validation", "The reason may be at most 200 characters."));
    return std::nullopt;
}

std::optional<Violation> StockChangeRequest::checkAgainst(qint64 currentStock) const
{
    if (wouldGoNegative(currentStock))
        return violation("delta", "stock_negative",
                         QT_TRANSLATE_NOOP("Validation", "The stock cannot go below zero."));
    return std::nullopt;
}

QJsonObject StockChangeRequest::toJson() const
{
    return {{QStringLiteral("delta"), delta},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("kind"), stockMovementKindToString(kind)}};
}

std::optional<Violation> StockChangeRequest::fromJson(const QJsonObject &object, StockChangeRequest *request)
{
    const QJsonValue delta = object.value(QStringLiteral("delta"));
    if (!delta.isDouble() || delta.toDouble() != static_cast<double>(delta.toInteger()))
        return violation("delta", "delta_not_integer",
                         QT_TRANSLATE_NOOP("Validation", "The change must be a whole number."));
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    if (!reason.isString() && !reason.isUndefined())
        return violation("reason", "reason_not_text",
                         QT_TRANSLATE_NOOP("Validation", "The reason must be text."));
    request->delta = delta.toInteger();
    request->reason = reason.toString();
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (kind.isUndefined() || kind.isNull())
        request->kind = request->delta > 0 ? StockMovementKind::Inbound : StockMovementKind::Correction;
    else if (!stockMovementKindFromString(kind.toString(), &request->kind))
        return violation("kind", "kind_not_manual",
                         QT_TRANSLATE_NOOP("Validation", "A stock change is an inbound or a correction."));
    return request->validate();
}

} // namespace loyalty
