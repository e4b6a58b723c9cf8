#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"
#include "core/TierOverrideRequest.h"

namespace loyalty {

// POST /v1/members/{id}/tier {tierId, reason, until}: sets the member's tier by hand until a date; the
// answer is the member with its manual tier.
class TierOverrideJob : public ApiJob
{
    Q_OBJECT
public:
    TierOverrideJob(ApiClient *client, qint64 memberId, const TierOverrideRequest &request,
                    QObject *parent = nullptr);

    Member member() const { return m_member; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    Member m_member;
};

} // namespace loyalty
