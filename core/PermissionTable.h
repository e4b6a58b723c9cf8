#pragma once

#include "core/Permission.h"
#include "core/Role.h"

#include <QStringList>

namespace loyalty {

// The one place that maps each role to what it may do; the server's routes and the console's
// actions both ask it.
class PermissionTable
{
public:
    static bool allows(Role role, Permission permission);
    static QStringList permissionNames(Role role);
};

} // namespace loyalty
