#include "core/PasswordChangeRequest.h"

#include "core/PasswordPolicy.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> PasswordChangeRequest::validate(const QString &username) const
{
    return PasswordPolicy::check(newPassword, username, QStringLiteral("newPassword"));
}

QJsonObject PasswordChangeRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("newPassword"), newPassword}};
    if (!oldPassword.isEmpty())
        object.insert(QStringLiteral("oldPassword"), oldPassword);
    return object;
}

std::optional<Violation> PasswordChangeRequest::fromJson(const QJsonObject &object,
                                                         PasswordChangeRequest *request)
{
    for (const char *field : {"oldPassword", "newPassword"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return Violation{QString::fromLatin1(field), QStringLiteral("not_text"),
                             QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
    }
    request->oldPassword = object.value(QStringLiteral("oldPassword")).toString();
    request->newPassword = object.value(QStringLiteral("newPassword")).toString();
    if (request->newPassword.isEmpty())
        return Violation{QStringLiteral("newPassword"), QStringLiteral("password_required"),
                         QT_TRANSLATE_NOOP("Validation", "Enter the new password.")};
    return std::nullopt;
}

} // namespace loyalty
