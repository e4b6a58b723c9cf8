#include "client/LoginJob.h"

#include "core/IsoTime.h"

#include <QJsonObject>

namespace loyalty {

LoginJob::LoginJob(ApiClient *client, const QString &username, const QString &password, QObject *parent)
    : ApiJob(client, parent)
{
    // Not retried: a password is sent once per click.
    setRequest("POST", QStringLiteral("/v1/auth/login"), {},
               QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password}}));
}

bool LoginJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_token = object.value(QStringLiteral("token")).toString().toUtf8();
    m_expiresAt = fromIsoTime(object.value(QStringLiteral("expiresAt")).toString());
    m_user = UserInfo::fromJson(object.value(QStringLiteral("user")).toObject());
    return !m_token.isEmpty() && !m_user.username.isEmpty();
}

} // namespace loyalty
