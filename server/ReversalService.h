#pragma once

#include "core/ReversalRequest.h"
#include "core/UserInfo.h"
#include "server/IdempotentWrite.h"

namespace loyalty::server {

struct ReversalCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 entryId = 0;
    ReversalRequest request; // already validated
    IdempotencyGuard guard;
};

// Takes back exactly what one posted entry gave or took, as a `reverse` entry linked to it. An entry is
// reversed at most once; a reversal itself cannot be reversed (post a new adjustment instead); and a
// reversal that would take the balance below zero is refused like any other deduction.
class ReversalService
{
public:
    static Outcome<WriteResult> reverse(const ReversalCommand &command);
};

} // namespace loyalty::server
