#pragma once

#include "client/PageJob.h"
#include "core/Member.h"

namespace loyalty {

// GET /v1/members?q=&cursor=&limit=: one page of members matching what the agent typed.
class MemberSearchJob : public PageJob<Member>
{
public:
    MemberSearchJob(ApiClient *client, const QString &query, const QString &cursor, int limit,
                    QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members"), queryFor(query), cursor, limit, parent)
    {
    }

    QList<Member> members() const { return items(); }

private:
    static QUrlQuery queryFor(const QString &query)
    {
        QUrlQuery parameters;
        if (!query.trimmed().isEmpty())
            parameters.addQueryItem(QStringLiteral("q"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(query.trimmed())));
        return parameters;
    }
};

} // namespace loyalty
