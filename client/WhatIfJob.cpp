#include "client/WhatIfJob.h"

#include <QJsonObject>

namespace loyalty {

WhatIfJob::WhatIfJob(ApiClient *client, int version, QObject *parent) : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/tiers/draft/what-if"), {},
               QJsonDocument(QJsonObject{{QStringLiteral("version"), version}}));
}

bool WhatIfJob::parse(int, const QJsonDocument &document)
{
    // {job: Job} as the contract says, or the job itself (as POST /v1/jobs answers).
    const QJsonObject object = document.object();
    const QJsonValue job = object.value(QStringLiteral("job"));
    m_job = JobInfo::fromJson(job.isObject() ? job.toObject() : object);
    return m_job.id != 0;
}

void WhatIfJob::parseRefusal(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    m_violations = ReportedViolation::listFromJson(error.value(QStringLiteral("violations")).toArray());
    // The running job may sit next to the error or inside it.
    QJsonValue running = object.value(QStringLiteral("job"));
    if (!running.isObject())
        running = error.value(QStringLiteral("job"));
    if (running.isObject())
        m_running = JobInfo::fromJson(running.toObject());
}

} // namespace loyalty
