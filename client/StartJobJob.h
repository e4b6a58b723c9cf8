#pragma once

#include "client/ApiJob.h"
#include "core/JobInfo.h"

namespace loyalty {

// POST /v1/jobs {kind}: starts long work on the server ("expire-lots", "settle-pending") and answers 202
// with the queued job at once (jobs.run). 409 job_running when one of that kind is queued or running.
// Not retried on its own: a second start would be refused as running anyway.
class StartJobJob : public ApiJob
{
    Q_OBJECT
public:
    StartJobJob(ApiClient *client, const QString &kind, QObject *parent = nullptr);

    JobInfo job() const { return m_job; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    JobInfo m_job;
};

} // namespace loyalty
