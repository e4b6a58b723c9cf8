#pragma once

#include "client/PageJob.h"
#include "core/AuditEntry.h"

namespace loyalty {

// GET /v1/members/{id}/audit: one page of everything audited about one member, newest first
// (permission members.audit, unlike the whole log's audit.read).
class MemberAuditJob : public PageJob<AuditEntry>
{
public:
    MemberAuditJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit,
                   QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members/%1/audit").arg(memberId), {}, cursor, limit, parent)
    {
    }
};

} // namespace loyalty
