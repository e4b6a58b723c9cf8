#include "client/HealthJob.h"

#include <QJsonObject>

namespace loyalty {

HealthJob::HealthJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/health"));
}

bool HealthJob::parse(int, const QJsonDocument &document)
{
    return document.object().value(QStringLiteral("status")).toString() == QLatin1String("ok");
}

} // namespace loyalty
