#pragma once

#include "core/Approval.h"
#include "core/DecisionRequest.h"
#include "core/UserInfo.h"
#include "server/AdjustmentService.h"
#include "server/IdPage.h"
#include "server/IdempotentWrite.h"

namespace loyalty::server {

struct DecisionCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 approvalId = 0;
    DecisionRequest request; // already validated; its kind says approve or reject
    IdempotencyGuard guard;
};

using ApprovalPage = IdPage<Approval>;

// Four eyes on large adjustments: above the threshold an adjustment becomes a pending approval, and
// only a second person's approval posts it. Nobody decides their own request; a rejection posts
// nothing; a blacklisting cancels what waits for that member.
class ApprovalService
{
public:
    // Adjustments whose absolute amount exceeds this wait for approval (--approval-threshold, 5000).
    static void setThreshold(qint64 points);
    static qint64 threshold();
    static bool needsApproval(qint64 amount);

    // Files the request as a pending approval, audited, in the caller's transaction.
    static Outcome<Approval> file(const AdjustmentCommand &command);
    // Pending: oldest first (a queue); the other statuses newest first.
    static Outcome<ApprovalPage> list(Approval::Status status, int limit,
                                      const std::optional<PageCursor> &after);
    static Outcome<qint64> pendingCount();
    static Outcome<WriteResult> decide(const DecisionCommand &command);
    // Cancels the member's pending approvals in the caller's transaction; returns how many.
    static Outcome<int> cancelForMember(qint64 memberId, const UserInfo &actor, const QString &comment);
};

} // namespace loyalty::server
