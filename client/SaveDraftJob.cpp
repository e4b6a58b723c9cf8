#include "client/SaveDraftJob.h"

#include "core/TierLadderJson.h"

#include <QJsonObject>

namespace loyalty {

SaveDraftJob::SaveDraftJob(ApiClient *client, int version, const QList<TierDefinition> &tiers,
                           QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("PUT", QStringLiteral("/v1/tiers/draft"), {},
               QJsonDocument(QJsonObject{{QStringLiteral("version"), version},
                                         {QStringLiteral("tiers"), TierLadderJson::toJson(tiers)}}));
}

bool SaveDraftJob::parse(int, const QJsonDocument &document)
{
    return TierDraft::fromJson(document.object(), &m_draft);
}

} // namespace loyalty
