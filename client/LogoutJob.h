#pragma once

#include "client/ApiJob.h"

namespace loyalty {

// POST /v1/auth/logout: the server forgets the token.
class LogoutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LogoutJob(ApiClient *client, QObject *parent = nullptr);

protected:
    bool parse(int, const QJsonDocument &) override { return true; }
};

} // namespace loyalty
