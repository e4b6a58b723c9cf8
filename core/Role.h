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
// What people call the role, in the current UI language ("Support", "客服").
QString roleLabel(Role role);

} // namespace loyalty
