#include "server/IdempotencyStore.h"

#include "server/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace loyalty::server {

QByteArray IdempotencyStore::requestHash(const QByteArray &method, const QString &path,
                                         const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    return hash.result().toHex();
}

std::optional<StoredResponse> IdempotencyStore::find(qint64 userId, const QString &key, bool *failed)
{
    *failed = false;
    QSqlQuery &query =
        Database::prepared(QStringLiteral("SELECT request_hash, status, response_body FROM "
                                          "idempotency_keys WHERE user_id = ? AND idem_key = ?"));
    query.bindValue(0, userId);
    query.bindValue(1, key);
    if (!Database::exec(query)) {
        *failed = true;
        return std::nullopt;
    }
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    StoredResponse stored{query.value(0).toString().toLatin1(), query.value(1).toInt(),
                          query.value(2).toString().toUtf8()};
    query.finish();
    return stored;
}

bool IdempotencyStore::store(qint64 userId, const QString &key, const StoredResponse &response)
{
    QSqlQuery &query = Database::prepared(QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, "
                                                         "request_hash, status, response_body, created_at) "
                                                         "VALUES (?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, userId);
    query.bindValue(1, key);
    query.bindValue(2, QString::fromLatin1(response.requestHash));
    query.bindValue(3, response.status);
    query.bindValue(4, QString::fromUtf8(response.body));
    query.bindValue(5, QDateTime::currentMSecsSinceEpoch());
    return Database::exec(query);
}

} // namespace loyalty::server
