#pragma once

#include "client/ApiJob.h"
#include "core/JobInfo.h"
#include "core/ReportedViolation.h"
#include "core/TierVersion.h"

#include <optional>

namespace loyalty {

// POST /v1/tiers/draft/publish {version, note}: makes draft revision `version` the ladder in force and
// answers the new published version (and the job re-evaluating members, when one started). Refusals:
// 409 stale_version; 422 whatif_required (no finished what-if on this revision), ladder_invalid (with
// the violations), nothing_to_publish. Not retried on its own.
class PublishJob : public ApiJob
{
    Q_OBJECT
public:
    PublishJob(ApiClient *client, int version, const QString &note, QObject *parent = nullptr);

    TierVersion published() const { return m_published; }
    std::optional<JobInfo> evaluation() const { return m_evaluation; }
    QList<ReportedViolation> violations() const { return m_violations; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;
    void parseRefusal(const QJsonDocument &document) override;

private:
    TierVersion m_published;
    std::optional<JobInfo> m_evaluation;
    QList<ReportedViolation> m_violations;
};

} // namespace loyalty
