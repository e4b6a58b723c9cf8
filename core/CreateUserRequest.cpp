#include "core/CreateUserRequest.h"

#include "core/PasswordPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loyalty {

std::optional<Violation> CreateUserRequest::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!pattern.match(username).hasMatch())
        return Violation{QStringLiteral("username"), QStringLiteral("username_invalid"),
                         QT_TRANSLATE_NOOP("Validation",
                                           "The user name must be 3 to 32 characters: lower-case "
                                           "letters, digits, \".\", \"_\" or \"-\", starting with "
                                           "a letter.")};
    return std::nullopt;
}

std::optional<Violation> CreateUserRequest::checkDisplayName(const QString &displayName)
{
    if (displayName.size() > kMaxDisplayNameLength)
        return Violation{
            QStringLiteral("displayName"), QStringLiteral("display_name_too_long"),
            QT_TRANSLATE_NOOP("Validation", "The display name may be at most 64 characters long.")};
    return std::nullopt;
}

std::optional<Violation> CreateUserRequest::validate() const
{
    if (auto violation = checkUsername(username))
        return violation;
    if (auto violation = checkDisplayName(displayName))
        return violation;
    return PasswordPolicy::check(password, username);
}

QJsonObject CreateUserRequest::toJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), roleToString(role)},
            {QStringLiteral("password"), password}};
}

std::optional<Violation> CreateUserRequest::fromJson(const QJsonObject &object, CreateUserRequest *request)
{
    for (const char *field : {"username", "displayName", "role", "password"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return Violation{QString::fromLatin1(field), QStringLiteral("not_text"),
                             QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
    }
    request->username = object.value(QStringLiteral("username")).toString().trimmed();
    request->displayName = object.value(QStringLiteral("displayName")).toString().trimmed();
    request->password = object.value(QStringLiteral("password")).toString();
    if (!roleFromString(object.value(QStringLiteral("role")).toString(), &request->role))
        return Violation{
            QStringLiteral("role"), QStringLiteral("role_unknown"),
            QT_TRANSLATE_NOOP("Validation", "The role must be operator, support, manager or admin.")};
    return request->validate();
}

} // namespace loyalty
