#pragma once

#include "client/PageJob.h"
#include "core/Approval.h"

namespace loyalty {

// GET /v1/approvals?status=: one page of large adjustments in one status (approvals.decide). The pending
// queue comes oldest first (first asked, first decided), the decided ones newest first.
class ApprovalsJob : public PageJob<Approval>
{
public:
    ApprovalsJob(ApiClient *client, Approval::Status status, const QString &cursor, int limit,
                 QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/approvals"), queryFor(status), cursor, limit, parent)
    {
    }

    QList<Approval> approvals() const { return items(); }

private:
    static QUrlQuery queryFor(Approval::Status status)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), Approval::statusToString(status));
        return query;
    }
};

} // namespace loyalty
