#pragma once

#include "core/Role.h"
#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// PATCH /v1/users/{id}: any of {displayName, role, enabled}, and the `version` the editor saw (a stale
// one gets 409, so two administrators cannot overwrite each other unknowingly).
struct UserUpdateRequest
{
    std::optional<QString> displayName;
    std::optional<Role> role;
    std::optional<bool> enabled;
    std::optional<int> version;

    bool changesSomething() const { return displayName || role || enabled; }
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, UserUpdateRequest *request);
};

} // namespace loyalty
