#pragma once

#include "client/ApiJob.h"
#include "core/TierDraft.h"

namespace loyalty {

// GET /v1/tiers/draft: the ladder being prepared, its revision, its violations and latest what-if
// (tiers.manage). With nothing saved, the draft is the published ladder at revision 0.
class DraftJob : public ApiJob
{
    Q_OBJECT
public:
    explicit DraftJob(ApiClient *client, QObject *parent = nullptr);

    TierDraft draft() const { return m_draft; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    TierDraft m_draft;
};

} // namespace loyalty
