#pragma once

#include "client/ApiJob.h"
#include "client/RedemptionRecord.h"

namespace loyalty {

// GET /v1/redemptions/{id}: one redemption with its timeline (oldest first) and its after-sales cases.
class RedemptionJob : public ApiJob
{
    Q_OBJECT
public:
    RedemptionJob(ApiClient *client, qint64 redemptionId, QObject *parent = nullptr);

    RedemptionRecord redemption() const { return m_record; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    RedemptionRecord m_record;
};

} // namespace loyalty
