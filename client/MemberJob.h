#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"

namespace loyalty {

// GET /v1/members/{id}: one member's detail.
class MemberJob : public ApiJob
{
    Q_OBJECT
public:
    MemberJob(ApiClient *client, qint64 memberId, QObject *parent = nullptr);
    Member member() const { return m_member; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    Member m_member;
};

} // namespace loyalty
