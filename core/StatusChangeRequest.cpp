#include "core/StatusChangeRequest.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> StatusChangeRequest::validate() const
{
    if (reason.trimmed().isEmpty())
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_required"),
                         QT_TRANSLATE_NOOP("Validation", "Say why the member's status changes.")};
    if (reason.size() > kMaxReasonLength)
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_too_long"),
                         QT_TRANSLATE_NOOP("Validation", "The reason may be at most 200 characters long.")};
    return std::nullopt;
}

QJsonObject StatusChangeRequest::toJson() const
{
    return {{QStringLiteral("status"), memberStatusToString(status)}, {QStringLiteral("reason"), reason}};
}

std::optional<Violation> StatusChangeRequest::fromJson(const QJsonObject &object,
                                                       StatusChangeRequest *request)
{
    const QString status = object.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("frozen") && status != QLatin1String("active"))
        return Violation{
            QStringLiteral("status"), QStringLiteral("status_invalid"),
            QT_TRANSLATE_NOOP("Validation",
                              "The status must be frozen or active; blacklisting has its own action.")};
    return reasonFromJson(object, memberStatusFromString(status), request);
}

std::optional<Violation> StatusChangeRequest::reasonFromJson(const QJsonObject &object, MemberStatus status,
                                                             StatusChangeRequest *request)
{
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isString())
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_not_text"),
                         QT_TRANSLATE_NOOP("Validation", "The reason must be text.")};
    request->status = status;
    request->reason = reason.toString().trimmed();
    return request->validate();
}

} // namespace loyalty
