#pragma once

#include "client/ApiJob.h"
#include "core/AdjustmentRequest.h"
#include "core/LedgerEntry.h"

namespace loyalty {

// POST /v1/members/{id}/adjustments with an Idempotency-Key: 201 with the posted entry, or 202 when
// the adjustment waits for a manager's approval. The key makes a retry or a double click post once.
class AdjustPointsJob : public ApiJob
{
    Q_OBJECT
public:
    AdjustPointsJob(ApiClient *client, qint64 memberId, const AdjustmentRequest &request,
                    const QByteArray &idempotencyKey, QObject *parent = nullptr);

    bool awaitsApproval() const { return m_awaitsApproval; }
    LedgerEntry entry() const { return m_entry; }
    qint64 approvalId() const { return m_approvalId; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    LedgerEntry m_entry;
    qint64 m_approvalId = 0;
    bool m_awaitsApproval = false;
};

} // namespace loyalty
