#include "client/PublishJob.h"

#include <QJsonObject>

namespace loyalty {

PublishJob::PublishJob(ApiClient *client, int version, const QString &note, QObject *parent)
    : ApiJob(client, parent)
{
    QJsonObject body{{QStringLiteral("version"), version}};
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    setRequest("POST", QStringLiteral("/v1/tiers/draft/publish"), {}, QJsonDocument(body));
}

bool PublishJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_published = TierVersion::fromJson(object);
    const QJsonValue job = object.value(QStringLiteral("job"));
    if (job.isObject())
        m_evaluation = JobInfo::fromJson(job.toObject());
    return m_published.version > 0;
}

void PublishJob::parseRefusal(const QJsonDocument &document)
{
    m_violations = ReportedViolation::listFromJson(document.object()
                                                       .value(QStringLiteral("error"))
                                                       .toObject()
                                                       .value(QStringLiteral("violations"))
                                                       .toArray());
}

} // namespace loyalty
