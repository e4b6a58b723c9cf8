#pragma once

#include "client/PageJob.h"
#include "core/AuditEntry.h"
#include "core/AuditFilter.h"

namespace loyalty {

// GET /v1/audit: one page of the audit log for a filter, newest first (permission audit.read).
class AuditJob : public PageJob<AuditEntry>
{
public:
    AuditJob(ApiClient *client, const AuditFilter &filter, const QString &cursor, int limit,
             QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/audit"), queryFor(filter), cursor, limit, parent)
    {
    }

    QList<AuditEntry> entries() const { return items(); }

private:
    static QUrlQuery queryFor(const AuditFilter &filter)
    {
        QUrlQuery query;
        filter.addTo(&query);
        return query;
    }
};

} // namespace loyalty
