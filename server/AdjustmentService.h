#pragma once

#include "core/AdjustmentRequest.h"
#include "core/UserInfo.h"
#include "server/Outcome.h"

#include <QByteArray>

namespace loyalty::server {

struct AdjustmentCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 memberId = 0;
    AdjustmentRequest request; // already validated
    QString idempotencyKey;    // empty: none
    QByteArray requestHash;    // IdempotencyStore::requestHash of the HTTP request
};

// The HTTP answer to send, byte for byte (a replay sends the stored one again).
struct AdjustmentResult
{
    int status = 0;
    QByteArray body;
    bool replayed = false;
};

// A manual points adjustment: ledger entry, member balance, audit row and idempotency record in one
// BEGIN IMMEDIATE transaction.
class AdjustmentService
{
public:
    static Outcome<AdjustmentResult> adjust(const AdjustmentCommand &command);
};

} // namespace loyalty::server
