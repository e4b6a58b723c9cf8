#pragma once

#include <QString>

namespace loyalty::server {

// Slows down password guessing: after `maxFailures` failed sign-ins for one user name, or from one
// client address, within a sliding window, further attempts are refused until the oldest of those
// failures leaves the window. Failures live in the database (login_failures), so a restart does not
// lift a lockout; the calls run on the calling thread's connection.
class LoginThrottle
{
public:
    struct Limits
    {
        int maxFailures = 5;
        qint64 windowSeconds = 15 * 60;
    };

    explicit LoginThrottle(const Limits &limits) : m_limits(limits) {}

    // Seconds until this name and this address may both try again; 0 when they may now.
    qint64 retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs) const;
    // Records a failed attempt and audits each lockout it starts (once per lockout). The caller owns
    // the transaction, which serialises writers so exactly one failure reaches the limit.
    bool recordFailure(const QString &username, const QString &address, qint64 nowMs) const;
    // A success forgives this name's failures from this address only: other addresses keep theirs.
    bool recordSuccess(const QString &username, const QString &address) const;

    // Names are case-insensitive here, so "Sue" and "sue" share one count.
    static QString key(const QString &username) { return username.trimmed().toLower(); }

private:
    enum class Scope
    {
        Username,
        Address
    };
    // When the lockout of this name or address ends (ms since the epoch), or 0 when there is none.
    qint64 lockedUntil(Scope scope, const QString &value, qint64 nowMs) const;
    int failuresInWindow(Scope scope, const QString &value, qint64 nowMs) const;
    bool auditLockout(Scope scope, const QString &username, const QString &address, qint64 nowMs) const;

    Limits m_limits;
};

} // namespace loyalty::server
