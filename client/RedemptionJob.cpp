#include "client/RedemptionJob.h"

#include <QJsonObject>

namespace loyalty {

RedemptionJob::RedemptionJob(ApiClient *client, qint64 redemptionId, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/redemptions/%1").arg(redemptionId));
}

bool RedemptionJob::parse(int, const QJsonDocument &document)
{
    m_record = RedemptionRecord::fromJson(document.object());
    return m_record.id() != 0;
}

} // namespace loyalty
