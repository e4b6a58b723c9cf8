#include "client/TiersJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loyalty {

TiersJob::TiersJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/tiers"));
}

bool TiersJob::parse(int, const QJsonDocument &document)
{
    const QJsonValue items = document.object().value(QStringLiteral("items"));
    if (!items.isArray())
        return false;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array) {
        const TierRef tier = TierRef::fromJson(item.toObject());
        if (tier.id == 0)
            return false;
        m_tiers.append(tier);
    }
    return true;
}

} // namespace loyalty
