#pragma once

#include "client/ApiJob.h"
#include "core/UserInfo.h"

#include <QDateTime>

namespace loyalty {

// POST /v1/auth/login: trades a user name and password for a session token.
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(ApiClient *client, const QString &username, const QString &password, QObject *parent = nullptr);

    QByteArray token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    UserInfo user() const { return m_user; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QByteArray m_token;
    QDateTime m_expiresAt;
    UserInfo m_user;
};

} // namespace loyalty
