#include "client/LogoutJob.h"

namespace loyalty {

LogoutJob::LogoutJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/auth/logout"));
}

} // namespace loyalty
