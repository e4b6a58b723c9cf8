#pragma once

#include "client/ApiJob.h"
#include "core/CreateUserRequest.h"
#include "core/UserAccount.h"
#include "core/UserUpdateRequest.h"

namespace loyalty {

// Creates (POST /v1/users) or changes (PATCH /v1/users/{id}) a console user; answers the account as the
// server now has it. Not retried on its own: these writes carry no idempotency key.
class UserAccountJob : public ApiJob
{
    Q_OBJECT
public:
    static UserAccountJob *create(ApiClient *client, const CreateUserRequest &request,
                                  QObject *parent = nullptr);
    static UserAccountJob *update(ApiClient *client, qint64 userId, const UserUpdateRequest &request,
                                  QObject *parent = nullptr);

    UserAccount account() const { return m_account; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    using ApiJob::ApiJob;
    UserAccount m_account;
};

} // namespace loyalty
