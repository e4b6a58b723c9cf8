#include "client/JobStatusJob.h"

#include <QJsonObject>

namespace loyalty {

JobStatusJob::JobStatusJob(ApiClient *client, qint64 jobId, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/jobs/%1").arg(jobId));
}

bool JobStatusJob::parse(int, const QJsonDocument &document)
{
    m_job = JobInfo::fromJson(document.object());
    return m_job.id != 0;
}

} // namespace loyalty
