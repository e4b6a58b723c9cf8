#include "server/UserAdminService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/TokenService.h"
#include "server/Transaction.h"
#include "server/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace loyalty::server {

namespace {
// The columns readAccount() expects, in its order.
constexpr char kAccountColumns[] =
    "id, username, display_name, role, disabled, created_at, last_login_at, version";

UserAccount readAccount(const QSqlQuery &query)
{
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.username = query.value(1).toString();
    account.displayName = query.value(2).toString();
    if (!roleFromString(query.value(3).toString(), &account.role))
        account.role = Role::Operator; // an unknown role is shown as the weakest one
    account.enabled = query.value(4).toInt() == 0;
    account.createdAt = Database::timeFromMs(query.value(5));
    account.lastLoginAt = Database::timeFromMs(query.value(6));
    account.version = query.value(7).toInt();
    return account;
}

Outcome<UserAccount> loadAccount(qint64 id)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(kAccountColumns)));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return readAccount(query);
}

// What user.update records before and after: the fields an administrator edits, and the version.
QJsonObject editableFields(const UserAccount &account)
{
    return {{QStringLiteral("displayName"), account.displayName},
            {QStringLiteral("role"), roleToString(account.role)},
            {QStringLiteral("enabled"), account.enabled},
            {QStringLiteral("version"), account.version}};
}

std::optional<bool> nameTaken(const QString &username)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    // The API makes lower-case names only; the command line may have made "Sue" before.
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ? COLLATE NOCASE"));
    query.bindValue(0, username);
    if (!Database::exec(query))
        return std::nullopt;
    return query.next();
}

ServiceError usernameTaken()
{
    return {409,      QStringLiteral("username_taken"),
            "Server", QT_TRANSLATE_NOOP("Server", "This user name is already taken; choose another one."),
            {},       QStringLiteral("username")};
}

AuditRecord auditFor(const UserActor &actor, const char *action, qint64 targetId)
{
    AuditRecord audit;
    audit.actorId = actor.user.id;
    audit.actorName = actor.user.username;
    audit.clientAddress = actor.clientAddress;
    audit.action = QLatin1String(action);
    audit.entity = QStringLiteral("user");
    audit.entityId = QString::number(targetId);
    return audit;
}
} // namespace

Outcome<UserPage> UserAdminService::list(int limit, const std::optional<PageCursor> &after)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id > ? ORDER BY id LIMIT ?")
                      .arg(QLatin1String(kAccountColumns)));
    query.bindValue(0, after ? after->id : 0);
    query.bindValue(1, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<UserAccount>(query, limit, readAccount);
}

Outcome<UserAccount> UserAdminService::find(qint64 id)
{
    return loadAccount(id);
}

Outcome<UserAccount> UserAdminService::create(const UserActor &actor, const CreateUserRequest &request,
                                              const PasswordHasher &hasher)
{
    // A taken name costs no hashing; the transaction checks again.
    const std::optional<bool> taken = nameTaken(request.username);
    if (!taken)
        return ServiceError::internal();
    if (*taken)
        return usernameTaken();
    const QString passwordHash = hasher.hash(request.password); // slow: outside the write lock

    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const std::optional<bool> takenNow = nameTaken(request.username);
    if (!takenNow)
        return ServiceError::internal();
    if (*takenNow)
        return usernameTaken();
    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, disabled, "
                                  "created_at, version) VALUES (?, ?, ?, ?, 0, ?, 1)"));
    insert.bindValue(0, request.username);
    insert.bindValue(1, request.displayName.isEmpty() ? request.username : request.displayName);
    insert.bindValue(2, roleToString(request.role));
    insert.bindValue(3, passwordHash);
    insert.bindValue(4, QDateTime::currentMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();
    const Outcome<UserAccount> account = loadAccount(insert.lastInsertId().toLongLong());
    if (!account.ok())
        return ServiceError::internal();

    AuditRecord audit = auditFor(actor, "user.create", account.value().id);
    audit.after = account.value().toJson(); // the account has no secrets in it
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    qCInfo(lcServerAuth) << actor.user.username << "created user" << request.username;
    return account;
}

Outcome<UserAccount> UserAdminService::update(const UserActor &actor, qint64 id,
                                              const UserUpdateRequest &request)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<UserAccount> current = loadAccount(id);
    if (!current.ok())
        return current.error();
    const UserAccount &before = current.value();
    if (request.version && *request.version != before.version)
        return ServiceError{
            409,
            QStringLiteral("stale_version"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "Someone else changed this user meanwhile. Reload and try again."),
            {},
            QStringLiteral("version")};

    UserAccount after = before;
    after.displayName = request.displayName
                            ? (request.displayName->isEmpty() ? before.username : *request.displayName)
                            : before.displayName;
    after.role = request.role.value_or(before.role);
    after.enabled = request.enabled.value_or(before.enabled);
    if (after == before)
        return before; // nothing changes: no new version, no audit row, no revoked tokens

    const bool wasActiveAdmin = before.enabled && before.role == Role::Admin;
    const bool staysActiveAdmin = after.enabled && after.role == Role::Admin;
    if (wasActiveAdmin && !staysActiveAdmin) {
        QSqlQuery others(Database::connection());
        others.setForwardOnly(true);
        others.prepare(
            QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND id <> ?"));
        others.bindValue(0, id);
        if (!Database::exec(others) || !others.next())
            return ServiceError::internal();
        if (others.value(0).toInt() == 0)
            return ServiceError{422,
                                QStringLiteral("last_admin"),
                                "Server",
                                QT_TRANSLATE_NOOP("Server", "This is the last enabled administrator. Make "
                                                            "another user an administrator first."),
                                {},
                                request.enabled && !*request.enabled ? QStringLiteral("enabled")
                                                                     : QStringLiteral("role")};
    }

    after.version = before.version + 1;
    QSqlQuery write(Database::connection());
    write.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, disabled = ?, version = ? "
                                 "WHERE id = ? AND version = ?"));
    write.bindValue(0, after.displayName);
    write.bindValue(1, roleToString(after.role));
    write.bindValue(2, after.enabled ? 0 : 1);
    write.bindValue(3, after.version);
    write.bindValue(4, id);
    write.bindValue(5, before.version);
    if (!Database::exec(write) || write.numRowsAffected() != 1)
        return ServiceError::internal();

    // What a token allowed was decided at sign-in: a new role or a disabled account starts over.
    if ((after.role != before.role || !after.enabled) &&
        TokenService::revokeAllFor(id, TokenService::RevokeReason::AccountChanged) < 0)
        return ServiceError::internal();

    AuditRecord audit = auditFor(actor, "user.update", id);
    audit.before = editableFields(before);
    audit.after = editableFields(after);
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    qCInfo(lcServerAuth) << actor.user.username << "updated user" << before.username;
    return after;
}

Outcome<int> UserAdminService::setPassword(const UserActor &actor, qint64 id,
                                           const PasswordChangeRequest &request, PasswordMode mode,
                                           const PasswordHasher &hasher, const LoginThrottle *throttle)
{
    const std::optional<StoredUser> target = UserService::findById(id);
    if (!target)
        return ServiceError::notFound();
    if (const std::optional<Violation> violation = request.validate(target->info.username))
        return ServiceError::fromViolation(*violation);
    if (mode == PasswordMode::SelfChange) {
        // The old password is a password guess like a sign-in: the same lockout applies.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (throttle) {
            if (const qint64 wait =
                    throttle->retryAfterSeconds(target->info.username, actor.clientAddress, now);
                wait > 0)
                return ServiceError{
                    429,
                    QStringLiteral("too_many_attempts"),
                    "Server",
                    QT_TRANSLATE_NOOP("Server", "Too many failed sign-in attempts. Try again in %1 minutes."),
                    {QString::number((wait + 59) / 60)},
                    {}};
        }
        if (!PasswordHasher::verify(request.oldPassword, target->passwordHash)) {
            if (throttle) {
                Transaction failure;
                if (!failure.isActive() ||
                    !throttle->recordFailure(target->info.username, actor.clientAddress, now) ||
                    !failure.commit())
                    return ServiceError::internal();
            }
            return ServiceError{422,      QStringLiteral("wrong_password"),
                                "Server", QT_TRANSLATE_NOOP("Server", "The current password is wrong."),
                                {},       QStringLiteral("oldPassword")};
        }
    }
    const QString passwordHash = hasher.hash(request.newPassword); // slow: outside the write lock

    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    QSqlQuery write(Database::connection());
    write.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    write.bindValue(0, passwordHash);
    write.bindValue(1, id);
    if (!Database::exec(write))
        return ServiceError::internal();
    if (write.numRowsAffected() != 1)
        return ServiceError::notFound();
    // The session that made the change stays; every other one of the user's goes.
    const int revoked = TokenService::revokeAllFor(id,
                                                   mode == PasswordMode::SelfChange
                                                       ? TokenService::RevokeReason::PasswordChanged
                                                       : TokenService::RevokeReason::AccountChanged,
                                                   actor.tokenHash);
    if (revoked < 0)
        return ServiceError::internal();

    AuditRecord audit = auditFor(
        actor, mode == PasswordMode::SelfChange ? "user.password_change" : "user.password_reset", id);
    audit.after = {{QStringLiteral("username"), target->info.username},
                   {QStringLiteral("sessionsRevoked"), revoked}};
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    qCInfo(lcServerAuth) << actor.user.username
                         << (mode == PasswordMode::SelfChange ? "changed their password"
                                                              : "reset the password of")
                         << target->info.username;
    return revoked;
}

} // namespace loyalty::server
