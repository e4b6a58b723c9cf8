#pragma once

#include "client/ApiJob.h"
#include "core/Approval.h"
#include "core/DecisionRequest.h"
#include "core/LedgerEntry.h"

namespace loyalty {

// POST /v1/approvals/{id}/approve or /reject ({comment}) with an Idempotency-Key, so a retry after a
// dropped connection decides once. An approval answers {approval, entry} (the entry is now posted), a
// rejection {approval}. Refusals: 422 self_approval (the requester may not decide), 409 approval_decided,
// 422 insufficient_points / member_frozen / member_blacklisted (the approval stays pending).
class DecideApprovalJob : public ApiJob
{
    Q_OBJECT
public:
    DecideApprovalJob(ApiClient *client, qint64 approvalId, const DecisionRequest &request,
                      const QByteArray &idempotencyKey, QObject *parent = nullptr);

    DecisionRequest::Kind kind() const { return m_kind; }
    Approval approval() const { return m_approval; }
    // The entry an approval posted; id 0 for a rejection.
    LedgerEntry entry() const { return m_entry; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    DecisionRequest::Kind m_kind;
    Approval m_approval;
    LedgerEntry m_entry;
};

} // namespace loyalty
