#include "client/TierOverrideJob.h"

#include <QJsonObject>

namespace loyalty {

TierOverrideJob::TierOverrideJob(ApiClient *client, qint64 memberId, const TierOverrideRequest &request,
                                 QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/members/%1/tier").arg(memberId), {},
               QJsonDocument(request.toJson()));
}

bool TierOverrideJob::parse(int, const QJsonDocument &document)
{
    m_member = Member::fromJson(document.object());
    return m_member.id != 0;
}

} // namespace loyalty
