#pragma once

#include "core/UserInfo.h"
#include "server/Outcome.h"

#include <QByteArray>
#include <QDateTime>

namespace loyalty::server {

struct IssuedToken
{
    QByteArray token; // shown once to the client, never stored
    QDateTime expiresAt;
};

struct Session
{
    UserInfo user;
    QByteArray tokenHash;
};

// Bearer tokens: 32 random bytes (base64url); the database keeps only their SHA-256 and expiry.
class TokenService
{
public:
    static QByteArray hashToken(const QByteArray &token);
    // Inserts the session; the caller owns the transaction.
    static Outcome<IssuedToken> issue(qint64 userId, qint64 ttlSeconds);
    static Outcome<Session> authenticate(const QByteArray &token);
    static bool revoke(const QByteArray &tokenHash);

    // Why a user's tokens were taken away; the next call with one of them says so (401 session_revoked).
    enum class RevokeReason
    {
        AccountChanged,  // an administrator disabled the user, changed their role or reset their password
        PasswordChanged, // the user changed their password in another session
    };
    // Revokes every live token of the user but `keepTokenHash` (if any); the caller owns the transaction.
    // Returns how many were revoked, or -1 on a database error.
    static int revokeAllFor(qint64 userId, RevokeReason reason, const QByteArray &keepTokenHash = {});
};

} // namespace loyalty::server
