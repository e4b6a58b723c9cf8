#include "client/EndManualTierJob.h"

#include <QJsonObject>

namespace loyalty {

EndManualTierJob::EndManualTierJob(ApiClient *client, qint64 memberId, const QString &reason, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("DELETE", QStringLiteral("/v1/members/%1/tier").arg(memberId), {},
               QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}));
}

bool EndManualTierJob::parse(int, const QJsonDocument &document)
{
    m_member = Member::fromJson(document.object());
    return m_member.id != 0;
}

} // namespace loyalty
