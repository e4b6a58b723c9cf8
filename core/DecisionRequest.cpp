#include "core/DecisionRequest.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> DecisionRequest::validate() const
{
    if (kind == Kind::Reject && comment.trimmed().isEmpty())
        return Violation{QStringLiteral("comment"), QStringLiteral("comment_required"),
                         QT_TRANSLATE_NOOP("Validation", "Say why the adjustment is rejected.")};
    if (comment.size() > kMaxCommentLength)
        return Violation{QStringLiteral("comment"), QStringLiteral("comment_too_long"),
                         QT_TRANSLATE_NOOP("Validation", "The comment may be at most 500 characters long.")};
    return std::nullopt;
}

QJsonObject DecisionRequest::toJson() const
{
    return {{QStringLiteral("comment"), comment}};
}

std::optional<Violation> DecisionRequest::fromJson(const QJsonObject &object, Kind kind,
                                                   DecisionRequest *request)
{
    const QJsonValue comment = object.value(QStringLiteral("comment"));
    if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
        return Violation{QStringLiteral("comment"), QStringLiteral("comment_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
    request->kind = kind;
    request->comment = comment.toString().trimmed();
    return request->validate();
}

} // namespace loyalty
