#pragma once

#include "client/ApiJob.h"
#include "core/TierRef.h"

namespace loyalty {

// GET /v1/tiers: the published tier ladder, lowest rank first (one answer, not paged).
class TiersJob : public ApiJob
{
    Q_OBJECT
public:
    explicit TiersJob(ApiClient *client, QObject *parent = nullptr);

    QList<TierRef> tiers() const { return m_tiers; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QList<TierRef> m_tiers;
};

} // namespace loyalty
