#include "client/PasswordJob.h"

namespace loyalty {

PasswordJob::PasswordJob(ApiClient *client, qint64 userId, const PasswordChangeRequest &request,
                         QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/users/%1/password").arg(userId), {},
               QJsonDocument(request.toJson()));
}

} // namespace loyalty
