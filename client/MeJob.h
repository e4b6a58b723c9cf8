#pragma once

#include "client/ApiJob.h"
#include "core/UserInfo.h"

namespace loyalty {

// GET /v1/me: who the token belongs to (used to resume a remembered session).
class MeJob : public ApiJob
{
    Q_OBJECT
public:
    explicit MeJob(ApiClient *client, QObject *parent = nullptr);
    UserInfo user() const { return m_user; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    UserInfo m_user;
};

} // namespace loyalty
