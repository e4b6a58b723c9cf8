#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"

namespace loyalty {

// DELETE /v1/members/{id}/tier {reason}: ends a manual tier now (422 no_manual_tier when there is none);
// the tier engine's tier applies again.
class EndManualTierJob : public ApiJob
{
    Q_OBJECT
public:
    EndManualTierJob(ApiClient *client, qint64 memberId, const QString &reason, QObject *parent = nullptr);

    Member member() const { return m_member; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    Member m_member;
};

} // namespace loyalty
