#include "server/TokenService.h"

#include "server/Database.h"
#include "server/UserService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
constexpr int kTokenBytes = 32;

const QString kAccountChanged = QStringLiteral("account_changed");
const QString kPasswordChanged = QStringLiteral("password_changed");

ServiceError unauthenticated()
{
    return {401,      QStringLiteral("unauthenticated"),
            "Server", QT_TRANSLATE_NOOP("Server", "Sign in to continue."),
            {},       {}};
}

// A token taken away by a change to the account: the console tells its user why it signs them out.
ServiceError revoked(const QString &reason)
{
    const char *sentence =
        reason == kPasswordChanged
            ? QT_TRANSLATE_NOOP("Server",
                                "Your password was changed in another session. Please sign in again.")
            : QT_TRANSLATE_NOOP("Server", "An administrator changed your account. Please sign in again.");
    return {401, QStringLiteral("session_revoked"), "Server", sentence, {}, {}};
}
} // namespace

QByteArray TokenService::hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

Outcome<IssuedToken> TokenService::issue(qint64 userId, qint64 ttlSeconds)
{
    QByteArray raw(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), kTokenBytes / 4);
    IssuedToken issued;
    issued.token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    issued.expiresAt = now.addSecs(ttlSeconds);

    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, QString::fromLatin1(hashToken(issued.token)));
    insert.bindValue(1, userId);
    insert.bindValue(2, now.toMSecsSinceEpoch());
    insert.bindValue(3, issued.expiresAt.toMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();
    return issued;
}

Outcome<Session> TokenService::authenticate(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 256)
        return unauthenticated();
    const QByteArray tokenHash = hashToken(token);
    // Every request asks: a cached statement, finished before anything else runs.
    QSqlQuery &query =
        Database::prepared(QStringLiteral("SELECT s.user_id, s.expires_at, s.revoked_at, s.revoked_reason "
                                          "FROM sessions s WHERE s.token_hash = ?"));
    query.bindValue(0, QString::fromLatin1(tokenHash));
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next()) {
        query.finish();
        return unauthenticated();
    }
    const qint64 userId = query.value(0).toLongLong();
    const qint64 expiresAt = query.value(1).toLongLong();
    const bool isRevoked = !query.value(2).isNull();
    const QVariant reason = query.value(3);
    query.finish();
    if (isRevoked)
        return reason.isNull() ? unauthenticated() : revoked(reason.toString());
    if (expiresAt <= QDateTime::currentMSecsSinceEpoch())
        return ServiceError{
            401,      QStringLiteral("token_expired"),
            "Server", QT_TRANSLATE_NOOP("Server", "Your session has expired. Please sign in again."),
            {},       {}};
    const std::optional<StoredUser> user = UserService::findById(userId);
    if (!user)
        return unauthenticated();
    if (user->disabled)
        return ServiceError{403,      QStringLiteral("user_disabled"),
                            "Server", QT_TRANSLATE_NOOP("Server", "This account has been disabled."),
                            {},       {}};
    return Session{user->info, tokenHash};
}

bool TokenService::revoke(const QByteArray &tokenHash)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(1, QString::fromLatin1(tokenHash));
    return Database::exec(query);
}

int TokenService::revokeAllFor(qint64 userId, RevokeReason reason, const QByteArray &keepTokenHash)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
                                 "WHERE user_id = ? AND revoked_at IS NULL AND token_hash <> ?"));
    query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(1, reason == RevokeReason::PasswordChanged ? kPasswordChanged : kAccountChanged);
    query.bindValue(2, userId);
    query.bindValue(3, Database::text(QString::fromLatin1(keepTokenHash))); // NULL would match no row
    if (!Database::exec(query))
        return -1;
    return query.numRowsAffected();
}

} // namespace loyalty::server
