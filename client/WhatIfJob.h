#pragma once

#include "client/ApiJob.h"
#include "core/JobInfo.h"
#include "core/ReportedViolation.h"

namespace loyalty {

// POST /v1/tiers/draft/what-if {version}: starts evaluating every member against draft revision
// `version` and answers 202 with the job ({job} or the job itself; follow it with JobFollower::follow).
// Refusals: 409 stale_version; 422 ladder_invalid with the violations; 409 job_running, with the run
// already going when the answer names it (runningJob(); otherwise the draft's whatIf says it).
class WhatIfJob : public ApiJob
{
    Q_OBJECT
public:
    WhatIfJob(ApiClient *client, int version, QObject *parent = nullptr);

    JobInfo job() const { return m_job; }
    // 409 job_running: the what-if already running (id 0 when the answer did not say).
    JobInfo runningJob() const { return m_running; }
    // 422 ladder_invalid: what breaks the ladder.
    QList<ReportedViolation> violations() const { return m_violations; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;
    void parseRefusal(const QJsonDocument &document) override;

private:
    JobInfo m_job;
    JobInfo m_running;
    QList<ReportedViolation> m_violations;
};

} // namespace loyalty
