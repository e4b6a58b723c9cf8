#pragma once

#include "core/Violation.h"

#include <optional>

namespace loyalty {

// The rules a console password must meet, checked on create, reset and change, by the server (which
// decides) and the console (which says so before sending). Each broken rule has its own sentence.
class PasswordPolicy
{
public:
    static constexpr int kMinLength = 10;

    // `field` names the request field the password came in ("password", "newPassword").
    static std::optional<Violation> check(const QString &password, const QString &username,
                                          const QString &field = QStringLiteral("password"));
    static bool isCommon(const QString &password);
};

} // namespace loyalty
