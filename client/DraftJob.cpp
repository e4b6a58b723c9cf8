#include "client/DraftJob.h"

#include <QJsonObject>

namespace loyalty {

DraftJob::DraftJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/tiers/draft"));
}

bool DraftJob::parse(int, const QJsonDocument &document)
{
    return TierDraft::fromJson(document.object(), &m_draft);
}

} // namespace loyalty
