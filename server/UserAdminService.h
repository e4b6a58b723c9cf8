#pragma once

#include "core/CreateUserRequest.h"
#include "core/PasswordChangeRequest.h"
#include "core/UserAccount.h"
#include "core/UserInfo.h"
#include "core/UserUpdateRequest.h"
#include "server/IdPage.h"
#include "server/LoginThrottle.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"
#include "server/PasswordHasher.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace loyalty::server {

using UserPage = IdPage<UserAccount>;

// Who asks for an administrative change, as the audit log and token revocation need them.
struct UserActor
{
    UserInfo user;
    QString clientAddress;
    QByteArray tokenHash; // the calling session, kept when users change their own password
};

// Console users as administrators manage them. Every write is one transaction with its audit row and
// the revocation of the tokens it invalidates. Password hashing is slow: callers run create() and
// setPassword() off the event loop.
class UserAdminService
{
public:
    enum class PasswordMode
    {
        AdminReset, // an administrator sets anyone's password; all their tokens go
        SelfChange  // users change their own with the old one; their other tokens go
    };

    static Outcome<UserPage> list(int limit, const std::optional<PageCursor> &after);
    static Outcome<UserAccount> find(qint64 id);
    static Outcome<UserAccount> create(const UserActor &actor, const CreateUserRequest &request,
                                       const PasswordHasher &hasher);
    // Refuses a stale version (409) and any change that leaves no enabled administrator (422).
    static Outcome<UserAccount> update(const UserActor &actor, qint64 id, const UserUpdateRequest &request);
    // Returns how many sessions were revoked. A wrong old password counts as a failed sign-in for the
    // user and the address in `throttle` (if given), which then refuses further tries with 429.
    static Outcome<int> setPassword(const UserActor &actor, qint64 id, const PasswordChangeRequest &request,
                                    PasswordMode mode, const PasswordHasher &hasher,
                                    const LoginThrottle *throttle = nullptr);
};

} // namespace loyalty::server
