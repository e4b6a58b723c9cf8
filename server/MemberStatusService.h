#pragma once

#include "core/Member.h"
#include "core/StatusChangeRequest.h"
#include "core/UserInfo.h"
#include "server/IdempotentWrite.h"

namespace loyalty::server {

struct StatusCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 memberId = 0;
    StatusChangeRequest request; // already validated
    IdempotencyGuard guard;
};

// Freezing (support) stops earning and spending until unfrozen; blacklisting (manager) forfeits the
// balance through a `forfeit` entry, cancels pending points and pending approvals, in one transaction;
// lifting it restores nothing. Every change is audited with its reason.
class MemberStatusService
{
public:
    // PATCH /v1/members/{id}: frozen <-> active.
    static Outcome<Member> freezeOrUnfreeze(const StatusCommand &command);
    // POST /v1/members/{id}/blacklist: 200 {member, forfeited, cancelledPending, cancelledApprovals}.
    static Outcome<WriteResult> blacklist(const StatusCommand &command);
    // DELETE /v1/members/{id}/blacklist: back to active, nothing restored.
    static Outcome<Member> lift(const StatusCommand &command);
};

} // namespace loyalty::server
