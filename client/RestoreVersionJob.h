#pragma once

#include "client/ApiJob.h"
#include "core/TierDraft.h"

namespace loyalty {

// POST /v1/tiers/versions/{n}/restore {version}: loads published version n's ladder into the draft
// (over draft revision `version`) and answers the draft at the next revision; it still needs a what-if
// and a publish. Refusals: 404 unknown version, 409 stale_version. Not retried on its own.
class RestoreVersionJob : public ApiJob
{
    Q_OBJECT
public:
    RestoreVersionJob(ApiClient *client, int publishedVersion, int draftVersion, QObject *parent = nullptr);

    TierDraft draft() const { return m_draft; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    TierDraft m_draft;
};

} // namespace loyalty
