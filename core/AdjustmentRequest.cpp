#include "core/AdjustmentRequest.h"

#include "core/AdjustmentReason.h"

#include <QCoreApplication>

namespace loyalty {

QString Violation::text() const
{
    return QCoreApplication::translate("Validation", sourceText);
}

std::optional<Violation> AdjustmentRequest::validate() const
{
    if (amount == 0)
        return Violation{QStringLiteral("amount"), QStringLiteral("amount_zero"),
                         QT_TRANSLATE_NOOP("Validation", "Enter an amount other than zero.")};
    if (amount > kMaxAbsAmount || amount < -kMaxAbsAmount)
        return Violation{QStringLiteral("amount"), QStringLiteral("amount_too_large"),
                         QT_TRANSLATE_NOOP("Validation", "An adjustment may move at most 1,000,000 points.")};
    if (reason.isEmpty())
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_required"),
                         QT_TRANSLATE_NOOP("Validation", "Choose a reason for the adjustment.")};
    if (!AdjustmentReason::isKnown(reason))
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_unknown"),
                         QT_TRANSLATE_NOOP("Validation", "The reason is not one of the known reasons.")};
    if (AdjustmentReason::needsNote(reason) && note.trimmed().isEmpty())
        return Violation{QStringLiteral("note"), QStringLiteral("note_required"),
                         QT_TRANSLATE_NOOP("Validation", "Explain the adjustment in the note.")};
    if (note.size() > kMaxNoteLength)
        return Violation{QStringLiteral("note"), QStringLiteral("note_too_long"),
                         QT_TRANSLATE_NOOP("Validation", "The note may be at most 500 characters long.")};
    return std::nullopt;
}

QJsonObject AdjustmentRequest::toJson() const
{
    return {{QStringLiteral("amount"), amount},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("note"), note}};
}

std::optional<Violation> AdjustmentRequest::fromJson(const QJsonObject &object, AdjustmentRequest *request)
{
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    // Points are integers: 1.5 or "100" is refused rather than rounded.
    if (!amount.isDouble() || amount.toDouble() != static_cast<double>(amount.toInteger()))
        return Violation{QStringLiteral("amount"), QStringLiteral("amount_not_integer"),
                         QT_TRANSLATE_NOOP("Validation", "The amount must be a whole number of points.")};
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isString())
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "The reason must be text.")};
    const QJsonValue note = object.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isNull() && !note.isString())
        return Violation{QStringLiteral("note"), QStringLiteral("note_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "The note must be text.")};
    request->amount = amount.toInteger();
    request->reason = reason.toString();
    request->note = note.toString();
    return request->validate();
}

} // namespace loyalty
