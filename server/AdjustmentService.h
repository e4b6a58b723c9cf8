#pragma once

#include "core/AdjustmentRequest.h"
#include "core/UserInfo.h"
#include "server/IdempotentWrite.h"

namespace loyalty::server {

struct AdjustmentCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 memberId = 0;
    AdjustmentRequest request; // already validated
    IdempotencyGuard guard;
};

// A manual points adjustment: ledger entry, member balance, audit row and idempotency record in one
// transaction (201). Above the approval threshold nothing posts: a pending approval is filed (202).
class AdjustmentService
{
public:
    static Outcome<WriteResult> adjust(const AdjustmentCommand &command);
};

} // namespace loyalty::server
