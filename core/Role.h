#pragma once

#include <QString>

namespace loyalty {

enum class Role
{
    Operator,
    Support,
    Manager,
    Admin
};

QString roleToString(Role role);
// Returns false for a word that is not a role.
bool roleFromString(const QString &text, Role *role);

} // namespace loyalty
