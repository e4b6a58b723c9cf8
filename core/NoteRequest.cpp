#include "core/NoteRequest.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> NoteRequest::validate() const
{
    if (text.trimmed().isEmpty())
        return Violation{QStringLiteral("text"), QStringLiteral("text_required"),
                         QT_TRANSLATE_NOOP("Validation", "Write the note.")};
    if (text.size() > kMaxLength)
        return Violation{QStringLiteral("text"), QStringLiteral("text_too_long"),
                         QT_TRANSLATE_NOOP("Validation", "A note may be at most 2,000 characters long.")};
    return std::nullopt;
}

QJsonObject NoteRequest::toJson() const
{
    return {{QStringLiteral("text"), text}};
}

std::optional<Violation> NoteRequest::fromJson(const QJsonObject &object, NoteRequest *request)
{
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isString())
        return Violation{QStringLiteral("text"), QStringLiteral("text_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
    request->text = text.toString().trimmed();
    return request->validate();
}

} // namespace loyalty
