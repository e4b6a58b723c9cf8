#pragma once

#include "client/PageJob.h"
#include "core/JobInfo.h"

namespace loyalty {

// GET /v1/jobs: one page of server jobs, newest first (jobs.run).
class JobListJob : public PageJob<JobInfo>
{
public:
    JobListJob(ApiClient *client, const QString &cursor, int limit, QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/jobs"), {}, cursor, limit, parent)
    {
    }

    QList<JobInfo> jobs() const { return items(); }
};

} // namespace loyalty
