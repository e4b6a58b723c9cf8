#include "client/UserAccountJob.h"

#include <QJsonObject>

namespace loyalty {

UserAccountJob *UserAccountJob::create(ApiClient *client, const CreateUserRequest &request, QObject *parent)
{
    auto *job = new UserAccountJob(client, parent);
    job->setRequest("POST", QStringLiteral("/v1/users"), {}, QJsonDocument(request.toJson()));
    return job;
}

UserAccountJob *UserAccountJob::update(ApiClient *client, qint64 userId, const UserUpdateRequest &request,
                                       QObject *parent)
{
    auto *job = new UserAccountJob(client, parent);
    job->setRequest("PATCH", QStringLiteral("/v1/users/%1").arg(userId), {}, QJsonDocument(request.toJson()));
    return job;
}

bool UserAccountJob::parse(int, const QJsonDocument &document)
{
    m_account = UserAccount::fromJson(document.object());
    return m_account.id != 0;
}

} // namespace loyalty
