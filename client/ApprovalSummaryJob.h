#pragma once

#include "client/ApiJob.h"

namespace loyalty {

// GET /v1/approvals/summary: how many adjustments wait for a decision ({pending: N}), for the badge on
// the navigation (approvals.decide).
class ApprovalSummaryJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ApprovalSummaryJob(ApiClient *client, QObject *parent = nullptr);

    int pending() const { return m_pending; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    int m_pending = 0;
};

} // namespace loyalty
