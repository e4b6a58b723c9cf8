#include "server/UserService.h"

#include "core/PasswordPolicy.h"
#include "core/PermissionTable.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
const QString kColumns = QStringLiteral("id, username, display_name, role, password_hash, disabled");

std::optional<StoredUser> readOne(QSqlQuery &query)
{
    if (!Database::exec(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    Role role = Role::Operator;
    const bool known = roleFromString(query.value(3).toString(), &role);
    StoredUser user;
    user.info = UserService::infoFor(query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(), role);
    user.passwordHash = query.value(4).toString();
    user.disabled = query.value(5).toInt() != 0;
    query.finish();
    if (!known)
        return std::nullopt; // an unknown role grants nothing
    return user;
}
} // namespace

UserInfo UserService::infoFor(qint64 id, const QString &username, const QString &displayName, Role role)
{
    UserInfo info;
    info.id = id;
    info.username = username;
    info.displayName = displayName;
    info.role = role;
    info.permissions = PermissionTable::permissionNames(role);
    return info;
}

Outcome<qint64> UserService::create(const QString &username, const QString &roleName, const QString &password,
                                    const PasswordHasher &hasher)
{
    const QString name = username.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return ServiceError::validation(
            QStringLiteral("username"),
            QT_TRANSLATE_NOOP("Server", "Enter a user name of 1 to 64 characters."));
    Role role = Role::Operator;
    if (!roleFromString(roleName, &role))
        return ServiceError::validation(
            QStringLiteral("role"),
            QT_TRANSLATE_NOOP("Server", "The role must be one of operator, support, manager and admin."));
    if (password.isEmpty())
        return ServiceError::validation(QStringLiteral("password"),
                                        QT_TRANSLATE_NOOP("Server", "Enter a password."));
    // The first administrator gets the same rules as everyone the console creates later.
    if (const std::optional<Violation> violation = PasswordPolicy::check(password, name))
        return ServiceError::fromViolation(*violation);
    const QString passwordHash = hasher.hash(password); // slow: outside the write lock

    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    QSqlQuery exists(Database::connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    exists.bindValue(0, name);
    if (!Database::exec(exists))
        return ServiceError::internal();
    if (exists.next())
        return ServiceError{409,      QStringLiteral("user_exists"),
                            "Server", QT_TRANSLATE_NOOP("Server", "A user with this name already exists."),
                            {},       QStringLiteral("username")};

    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, disabled, "
                                  "created_at) VALUES (?, ?, ?, ?, 0, ?)"));
    insert.bindValue(0, name);
    insert.bindValue(1, name);
    insert.bindValue(2, roleToString(role));
    insert.bindValue(3, passwordHash);
    insert.bindValue(4, QDateTime::currentMSecsSinceEpoch());
    if (!Database::exec(insert))
        return ServiceError::internal();
    const qint64 id = insert.lastInsertId().toLongLong();

    AuditRecord audit;
    audit.actorName = QStringLiteral("cli");
    audit.action = QStringLiteral("user.create");
    audit.entity = QStringLiteral("user");
    audit.entityId = QString::number(id);
    audit.after = {{QStringLiteral("username"), name}, {QStringLiteral("role"), roleToString(role)}};
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return id;
}

std::optional<StoredUser> UserService::findByUsername(const QString &username)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns));
    query.bindValue(0, username);
    return readOne(query);
}

std::optional<StoredUser> UserService::findById(qint64 id)
{
    // Every authenticated request asks: a cached statement.
    QSqlQuery &query = Database::prepared(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    query.bindValue(0, id);
    return readOne(query);
}

bool UserService::recordSignIn(qint64 id, qint64 atMs)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"));
    query.bindValue(0, atMs);
    query.bindValue(1, id);
    return Database::exec(query);
}

} // namespace loyalty::server
