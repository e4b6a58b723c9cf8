#include "client/MeJob.h"

#include <QJsonObject>

namespace loyalty {

MeJob::MeJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/me"));
}

bool MeJob::parse(int, const QJsonDocument &document)
{
    m_user = UserInfo::fromJson(document.object());
    return !m_user.username.isEmpty();
}

} // namespace loyalty
