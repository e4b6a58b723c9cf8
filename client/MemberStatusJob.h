#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"
#include "core/StatusChangeRequest.h"

namespace loyalty {

// PATCH /v1/members/{id} {status: "frozen"|"active", reason}: freezes or unfreezes a member and answers
// the member as it is now. Refused with 422 status_unchanged (already so) or member_blacklisted.
class MemberStatusJob : public ApiJob
{
    Q_OBJECT
public:
    MemberStatusJob(ApiClient *client, qint64 memberId, const StatusChangeRequest &request,
                    QObject *parent = nullptr);

    Member member() const { return m_member; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    Member m_member;
};

} // namespace loyalty
