#pragma once

#include "client/ApiJob.h"
#include "core/PasswordChangeRequest.h"

namespace loyalty {

// POST /v1/users/{id}/password: an administrator's reset ({newPassword}) or a user's own change
// ({oldPassword, newPassword}). 204 on success.
class PasswordJob : public ApiJob
{
    Q_OBJECT
public:
    PasswordJob(ApiClient *client, qint64 userId, const PasswordChangeRequest &request,
                QObject *parent = nullptr);

protected:
    bool parse(int, const QJsonDocument &) override { return true; }
};

} // namespace loyalty
