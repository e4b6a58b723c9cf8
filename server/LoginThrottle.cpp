#include "server/LoginThrottle.h"

#include "core/IsoTime.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
QString column(bool byUsername)
{
    return byUsername ? QStringLiteral("username") : QStringLiteral("client_address");
}
} // namespace

qint64 LoginThrottle::lockedUntil(Scope scope, const QString &value, qint64 nowMs) const
{
    const qint64 windowMs = m_limits.windowSeconds * 1000;
    // The limit-th newest failure in the window: the lockout ends when it leaves the window.
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at FROM login_failures WHERE %1 = ? AND at > ? "
                                 "ORDER BY at DESC LIMIT 1 OFFSET ?")
                      .arg(column(scope == Scope::Username)));
    query.bindValue(0, value);
    query.bindValue(1, nowMs - windowMs);
    query.bindValue(2, m_limits.maxFailures - 1);
    if (!Database::exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong() + windowMs;
}

int LoginThrottle::failuresInWindow(Scope scope, const QString &value, qint64 nowMs) const
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE %1 = ? AND at > ?")
                      .arg(column(scope == Scope::Username)));
    query.bindValue(0, value);
    query.bindValue(1, nowMs - m_limits.windowSeconds * 1000);
    if (!Database::exec(query) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 LoginThrottle::retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs) const
{
    const qint64 until = std::max(lockedUntil(Scope::Username, key(username), nowMs),
                                  lockedUntil(Scope::Address, address, nowMs));
    if (until <= nowMs)
        return 0;
    return (until - nowMs + 999) / 1000;
}

bool LoginThrottle::recordFailure(const QString &username, const QString &address, qint64 nowMs) const
{
    // Failures older than the window decide nothing any more.
    QSqlQuery prune(Database::connection());
    prune.prepare(
        QStringLiteral("DELETE FROM login_failures WHERE at <= ? AND (username = ? OR client_address = ?)"));
    prune.bindValue(0, nowMs - m_limits.windowSeconds * 1000);
    prune.bindValue(1, key(username));
    prune.bindValue(2, address);
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO login_failures (username, client_address, at) VALUES (?, ?, ?)"));
    insert.bindValue(0, key(username));
    insert.bindValue(1, address);
    insert.bindValue(2, nowMs);
    if (!Database::exec(prune) || !Database::exec(insert))
        return false;
    // Refused attempts are not recorded, so the count reaches the limit once per lockout.
    for (const Scope scope : {Scope::Username, Scope::Address}) {
        const int count = failuresInWindow(scope, scope == Scope::Username ? key(username) : address, nowMs);
        if (count < 0)
            return false;
        if (count == m_limits.maxFailures && !auditLockout(scope, username, address, nowMs))
            return false;
    }
    return true;
}

bool LoginThrottle::recordSuccess(const QString &username, const QString &address) const
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("DELETE FROM login_failures WHERE username = ? AND client_address = ?"));
    query.bindValue(0, key(username));
    query.bindValue(1, address);
    return Database::exec(query);
}

bool LoginThrottle::auditLockout(Scope scope, const QString &username, const QString &address,
                                 qint64 nowMs) const
{
    const bool byUsername = scope == Scope::Username;
    const qint64 until = lockedUntil(scope, byUsername ? key(username) : address, nowMs);
    qCWarning(lcServerAuth) << "sign-in locked for" << (byUsername ? key(username) : address) << "until"
                            << QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
    AuditRecord audit;
    audit.actorName = key(username);
    audit.clientAddress = address;
    audit.action = QStringLiteral("auth.lockout");
    audit.entity = QStringLiteral("login");
    audit.entityId = byUsername ? key(username) : address;
    audit.after = {
        {QStringLiteral("scope"), byUsername ? QStringLiteral("username") : QStringLiteral("address")},
        {QStringLiteral("username"), key(username)},
        {QStringLiteral("clientAddress"), address},
        {QStringLiteral("failures"), m_limits.maxFailures},
        {QStringLiteral("windowMinutes"), m_limits.windowSeconds / 60},
        {QStringLiteral("lockedUntil"), toIsoTime(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC))}};
    return AuditLog::record(audit);
}

} // namespace loyalty::server
