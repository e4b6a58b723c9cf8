#pragma once

#include "core/Role.h"
#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/users: {username, displayName, role, password}. The user name is 3-32 characters of
// a-z, 0-9, ".", "_" or "-", starting with a letter (it is typed at every sign-in).
struct CreateUserRequest
{
    QString username;
    QString displayName;
    Role role = Role::Support;
    QString password;

    static constexpr int kMaxDisplayNameLength = 64;

    std::optional<Violation> validate() const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, CreateUserRequest *request);
    static std::optional<Violation> checkUsername(const QString &username);
    static std::optional<Violation> checkDisplayName(const QString &displayName);
};

} // namespace loyalty
