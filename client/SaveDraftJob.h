#pragma once

#include "client/ApiJob.h"
#include "core/TierDraft.h"

namespace loyalty {

// PUT /v1/tiers/draft {version, tiers}: saves the ladder over draft revision `version` and answers the
// draft at the next revision (with what still breaks the ladder rules: such a draft is saved too).
// Refusals: 409 stale_version (someone else saved meanwhile), 400 with the field of malformed JSON.
// Not retried on its own: the revision makes a repeat fail as stale rather than apply twice.
class SaveDraftJob : public ApiJob
{
    Q_OBJECT
public:
    SaveDraftJob(ApiClient *client, int version, const QList<TierDefinition> &tiers,
                 QObject *parent = nullptr);

    TierDraft draft() const { return m_draft; }
    bool isStale() const { return httpStatus() == 409 && error().code == QLatin1String("stale_version"); }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    TierDraft m_draft;
};

} // namespace loyalty
