#pragma once

#include "core/UserInfo.h"
#include "server/Outcome.h"
#include "server/PasswordHasher.h"

#include <optional>

namespace loyalty::server {

// A console user as stored, with what signing in needs.
struct StoredUser
{
    UserInfo info;
    QString passwordHash;
    bool disabled = false;
};

// Console users: creation (from the command line for now) and lookup.
class UserService
{
public:
    // Creates the user and an audit row in one transaction; returns the new id.
    static Outcome<qint64> create(const QString &username, const QString &roleName, const QString &password,
                                  const PasswordHasher &hasher);
    static std::optional<StoredUser> findByUsername(const QString &username);
    static std::optional<StoredUser> findById(qint64 id);
    // Remembers the time of a successful sign-in (the Users pane shows it); caller owns the transaction.
    static bool recordSignIn(qint64 id, qint64 atMs);
    static UserInfo infoFor(qint64 id, const QString &username, const QString &displayName, Role role);
};

} // namespace loyalty::server
