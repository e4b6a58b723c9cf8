#include "client/PublishedLadderJob.h"

#include <QJsonObject>

namespace loyalty {

PublishedLadderJob::PublishedLadderJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/tiers"));
}

bool PublishedLadderJob::parse(int, const QJsonDocument &document)
{
    if (!document.object().value(QStringLiteral("items")).isArray())
        return false;
    m_ladder = TierVersion::fromJson(document.object());
    return !m_ladder.tiers.isEmpty();
}

} // namespace loyalty
