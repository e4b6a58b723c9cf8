#pragma once

#include "server/Outcome.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace loyalty::server {

// Who asked, with which Idempotency-Key (empty: none), for which request (IdempotencyStore::requestHash).
struct IdempotencyGuard
{
    qint64 userId = 0;
    QString key;
    QByteArray requestHash;
};

// The HTTP answer of a write, byte for byte (a replay sends the stored one again).
struct WriteResult
{
    int status = 0;
    QByteArray body;
    bool replayed = false;
};

// The frame of every write that moves points or stock: one BEGIN IMMEDIATE transaction; with a key, a
// replay of the same request returns the first answer and changes nothing, and the same key with a
// different request is refused (409). The key is stored in the write's own transaction, so it is kept
// exactly when the write is.
class IdempotentWrite
{
public:
    static Outcome<WriteResult> run(const IdempotencyGuard &guard,
                                    const std::function<Outcome<WriteResult>()> &write);
};

} // namespace loyalty::server
