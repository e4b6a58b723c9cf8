#include "client/StartJobJob.h"

#include <QJsonObject>

namespace loyalty {

StartJobJob::StartJobJob(ApiClient *client, const QString &kind, QObject *parent) : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/jobs"), {},
               QJsonDocument(QJsonObject{{QStringLiteral("kind"), kind}}));
}

bool StartJobJob::parse(int, const QJsonDocument &document)
{
    m_job = JobInfo::fromJson(document.object());
    return m_job.id != 0;
}

} // namespace loyalty
