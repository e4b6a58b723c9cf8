#pragma once

#include "client/ApiJob.h"
#include "core/AdjustmentRequest.h"
#include "core/Approval.h"
#include "core/LedgerEntry.h"

namespace loyalty {

// POST /v1/members/{id}/adjustments with an Idempotency-Key: 201 with the posted entry, or 202
// {"approval": {...}} when the amount is above the approval threshold and the adjustment waits for a
// manager (nothing is posted then). The key makes a retry or a double click post (or ask) once.
class AdjustPointsJob : public ApiJob
{
    Q_OBJECT
public:
    AdjustPointsJob(ApiClient *client, qint64 memberId, const AdjustmentRequest &request,
                    const QByteArray &idempotencyKey, QObject *parent = nullptr);

    bool awaitsApproval() const { return m_awaitsApproval; }
    // The posted entry (201); id 0 when the adjustment waits for approval.
    LedgerEntry entry() const { return m_entry; }
    // The approval request the server opened (202); id 0 when the entry was posted.
    Approval approval() const { return m_approval; }
    qint64 approvalId() const { return m_approval.id; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    LedgerEntry m_entry;
    Approval m_approval;
    bool m_awaitsApproval = false;
};

} // namespace loyalty
