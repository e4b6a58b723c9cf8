#include "client/RestoreVersionJob.h"

#include <QJsonObject>

namespace loyalty {

RestoreVersionJob::RestoreVersionJob(ApiClient *client, int publishedVersion, int draftVersion,
                                     QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/tiers/versions/%1/restore").arg(publishedVersion), {},
               QJsonDocument(QJsonObject{{QStringLiteral("version"), draftVersion}}));
}

bool RestoreVersionJob::parse(int, const QJsonDocument &document)
{
    return TierDraft::fromJson(document.object(), &m_draft);
}

} // namespace loyalty
