#pragma once

#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/users/{id}/password: {newPassword} when an administrator resets someone's password, or
// {oldPassword, newPassword} when users change their own.
struct PasswordChangeRequest
{
    QString oldPassword; // empty for an administrator's reset
    QString newPassword;

    // The policy needs the user name the password belongs to.
    std::optional<Violation> validate(const QString &username) const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, PasswordChangeRequest *request);
};

} // namespace loyalty
