#include "core/UserUpdateRequest.h"

#include "core/CreateUserRequest.h"

#include <QCoreApplication>

namespace loyalty {

QJsonObject UserUpdateRequest::toJson() const
{
    QJsonObject object;
    if (displayName)
        object.insert(QStringLiteral("displayName"), *displayName);
    if (role)
        object.insert(QStringLiteral("role"), roleToString(*role));
    if (enabled)
        object.insert(QStringLiteral("enabled"), *enabled);
    if (version)
        object.insert(QStringLiteral("version"), *version);
    return object;
}

std::optional<Violation> UserUpdateRequest::fromJson(const QJsonObject &object, UserUpdateRequest *request)
{
    if (object.contains(QStringLiteral("displayName"))) {
        const QJsonValue value = object.value(QStringLiteral("displayName"));
        if (!value.isString())
            return Violation{QStringLiteral("displayName"), QStringLiteral("not_text"),
                             QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
        request->displayName = value.toString().trimmed();
        if (auto violation = CreateUserRequest::checkDisplayName(*request->displayName))
            return violation;
    }
    if (object.contains(QStringLiteral("role"))) {
        Role role;
        if (!roleFromString(object.value(QStringLiteral("role")).toString(), &role))
            return Violation{
                QStringLiteral("role"), QStringLiteral("role_unknown"),
                QT_TRANSLATE_NOOP("Validation", "The role must be operator, support, manager or admin.")};
        request->role = role;
    }
    if (object.contains(QStringLiteral("enabled"))) {
        const QJsonValue value = object.value(QStringLiteral("enabled"));
        if (!value.isBool())
            return Violation{QStringLiteral("enabled"), QStringLiteral("not_boolean"),
                             QT_TRANSLATE_NOOP("Validation", "This field must be true or false.")};
        request->enabled = value.toBool();
    }
    if (object.contains(QStringLiteral("version"))) {
        const QJsonValue value = object.value(QStringLiteral("version"));
        if (!value.isDouble() || value.toInt() < 1)
            return Violation{QStringLiteral("version"), QStringLiteral("version_invalid"),
                             QT_TRANSLATE_NOOP("Validation", "The version must be a positive whole number.")};
        request->version = value.toInt();
    }
    if (!request->changesSomething())
        return Violation{
            QString(), QStringLiteral("nothing_to_change"),
            QT_TRANSLATE_NOOP("Validation", "Say what to change: display name, role or enabled.")};
    return std::nullopt;
}

} // namespace loyalty
