#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"

namespace loyalty {

// POST /v1/members/{id}/blacklist {reason} with an Idempotency-Key: blacklists a member, which forfeits
// the balance and cancels pending points and pending approvals. The key makes a retry forfeit once.
class BlacklistJob : public ApiJob
{
    Q_OBJECT
public:
    BlacklistJob(ApiClient *client, qint64 memberId, const QString &reason, const QByteArray &idempotencyKey,
                 QObject *parent = nullptr);

    Member member() const { return m_member; }
    qint64 forfeitedPoints() const { return m_forfeited; }
    int cancelledPending() const { return m_cancelledPending; }
    int cancelledApprovals() const { return m_cancelledApprovals; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    Member m_member;
    qint64 m_forfeited = 0;
    int m_cancelledPending = 0;
    int m_cancelledApprovals = 0;
};

} // namespace loyalty
