#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace loyalty::server {

// The first answer to a write made with an Idempotency-Key, kept per (user, key).
struct StoredResponse
{
    QByteArray requestHash;
    int status = 0;
    QByteArray body;
};

// Runs inside the transaction of the write it protects, so a key is stored exactly when the write is.
class IdempotencyStore
{
public:
    static constexpr int kMaxKeyLength = 200;

    // SHA-256 (hex) over method, path and body: "the same request".
    static QByteArray requestHash(const QByteArray &method, const QString &path, const QByteArray &body);
    // nullopt when the key is new; a database error reads as `failed`.
    static std::optional<StoredResponse> find(qint64 userId, const QString &key, bool *failed);
    static bool store(qint64 userId, const QString &key, const StoredResponse &response);
};

} // namespace loyalty::server
