#pragma once

#include "client/ApiJob.h"
#include "core/TierVersion.h"

namespace loyalty {

// GET /v1/tiers read whole: the ladder in force with its version, when and by whom it was published
// (TiersJob reads only the tiers' names, for the member views).
class PublishedLadderJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PublishedLadderJob(ApiClient *client, QObject *parent = nullptr);

    TierVersion ladder() const { return m_ladder; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    TierVersion m_ladder;
};

} // namespace loyalty
