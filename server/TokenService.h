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
};

} // namespace loyalty::server
