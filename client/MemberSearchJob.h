#pragma once

#include "client/ApiJob.h"
#include "core/Member.h"

namespace loyalty {

// GET /v1/members?q=&cursor=&limit=: one page of members matching what the agent typed.
class MemberSearchJob : public ApiJob
{
    Q_OBJECT
public:
    MemberSearchJob(ApiClient *client, const QString &query, const QString &cursor, int limit,
                    QObject *parent = nullptr);

    QList<Member> members() const { return m_members; }
    QString nextCursor() const { return m_nextCursor; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QList<Member> m_members;
    QString m_nextCursor;
};

} // namespace loyalty
