#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"

namespace loyalty {

// DELETE /v1/members/{id}/blacklist {reason}: lifts a blacklisting. Nothing forfeited comes back by
// itself; the server says so in a sentence in the user's language (message()).
class LiftBlacklistJob : public ApiJob
{
    Q_OBJECT
public:
    LiftBlacklistJob(ApiClient *client, qint64 memberId, const QString &reason, QObject *parent = nullptr);

    Member member() const { return m_member; }
    qint64 restoredPoints() const { return m_restored; }
    QString message() const { return m_message; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    Member m_member;
    qint64 m_restored = 0;
    QString m_message;
};

} // namespace loyalty
