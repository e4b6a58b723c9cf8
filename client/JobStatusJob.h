#pragma once

#include "client/ApiJob.h"
#include "core/JobInfo.h"

namespace loyalty {

// GET /v1/jobs/{id}: where a server job is now (state, progress, and its result or error once finished).
class JobStatusJob : public ApiJob
{
    Q_OBJECT
public:
    JobStatusJob(ApiClient *client, qint64 jobId, QObject *parent = nullptr);

    JobInfo job() const { return m_job; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    JobInfo m_job;
};

} // namespace loyalty
