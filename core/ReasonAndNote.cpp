#include "core/ReasonAndNote.h"

#include "core/AdjustmentReason.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> readReasonAndNote(const QJsonObject &object, QString *reason, QString *note)
{
    const QJsonValue reasonValue = object.value(QStringLiteral("reason"));
    if (!reasonValue.isUndefined() && !reasonValue.isString())
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "The reason must be text.")};
    const QJsonValue noteValue = object.value(QStringLiteral("note"));
    if (!noteValue.isUndefined() && !noteValue.isNull() && !noteValue.isString())
        return Violation{QStringLiteral("note"), QStringLiteral("note_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "The note must be text.")};
    *reason = reasonValue.toString();
    *note = noteValue.toString();
    return std::nullopt;
}

std::optional<Violation> checkReasonAndNote(const QString &reason, const QString &note)
{
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

} // namespace loyalty
