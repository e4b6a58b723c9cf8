#pragma once

#include "client/ApiJob.h"
#include "client/RedemptionRecord.h"
#include "core/CaseResolution.h"

namespace loyalty {

// POST /v1/cases/{id}/resolve {outcome, restock, reason} (redemptions.handle) → 200 {case, redemption}:
// a refund puts the points back (and the goods into stock with restock), a reship takes one more from
// stock, a reissue makes a new code, a rejection moves nothing. One Idempotency-Key per job (or the one
// given). Refusals keep the server's sentence: 409 for a case already resolved, 422 out_of_stock.
class ResolveCaseJob : public ApiJob
{
    Q_OBJECT
public:
    ResolveCaseJob(ApiClient *client, qint64 caseId, const CaseResolution &resolution,
                   const QByteArray &idempotencyKey = {}, QObject *parent = nullptr);

    QByteArray idempotencyKey() const { return m_key; }
    AfterSalesCase resolvedCase() const { return m_case; }
    RedemptionRecord redemption() const { return m_record; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QByteArray m_key;
    AfterSalesCase m_case;
    RedemptionRecord m_record;
};

} // namespace loyalty
