#include "core/Role.h"

#include <QCoreApplication>

namespace loyalty {

QString roleToString(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool roleFromString(const QString &text, Role *role)
{
    for (Role candidate : {Role::Operator, Role::Support, Role::Manager, Role::Admin}) {
        if (text == roleToString(candidate)) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Operator:
        return QCoreApplication::translate("Role", "Operations");
    case Role::Support:
        return QCoreApplication::translate("Role", "Support");
    case Role::Manager:
        return QCoreApplication::translate("Role", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

} // namespace loyalty
