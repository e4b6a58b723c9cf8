#pragma once

#include "client/ApiJob.h"
#include "core/CaseRequest.h"

namespace loyalty {

// POST /v1/redemptions/{id}/cases {kind, description} (redemptions.handle) → 201 with the case. One
// Idempotency-Key per job (or the one given), so a retry opens one case. Refusals keep the server's
// sentence (a kind the item cannot have, a redemption not delivered yet).
class OpenCaseJob : public ApiJob
{
    Q_OBJECT
public:
    OpenCaseJob(ApiClient *client, qint64 redemptionId, const CaseRequest &request,
                const QByteArray &idempotencyKey = {}, QObject *parent = nullptr);

    QByteArray idempotencyKey() const { return m_key; }
    AfterSalesCase openedCase() const { return m_case; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QByteArray m_key;
    AfterSalesCase m_case;
};

} // namespace loyalty
