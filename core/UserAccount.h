#pragma once

#include "core/Role.h"

#include <QDateTime>
#include <QJsonObject>

namespace loyalty {

// A console user as administrators see them (GET /v1/users): never a password or hash.
struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Support;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime lastLoginAt;
    int version = 1; // PATCH with a stale version gets 409

    QJsonObject toJson() const;
    static UserAccount fromJson(const QJsonObject &object);
    bool operator==(const UserAccount &) const = default;
};

} // namespace loyalty
