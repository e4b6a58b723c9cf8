#pragma once

#include "client/ApiJob.h"
#include "core/AuditEntry.h"
#include "core/AuditFilter.h"

namespace loyalty {

// GET /v1/audit: one page of the audit log for a filter, newest first (permission audit.read).
class AuditJob : public ApiJob
{
    Q_OBJECT
public:
    AuditJob(ApiClient *client, const AuditFilter &filter, const QString &cursor, int limit,
             QObject *parent = nullptr);

    QList<AuditEntry> entries() const { return m_entries; }
    // Empty on the last page.
    QString nextCursor() const { return m_nextCursor; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QList<AuditEntry> m_entries;
    QString m_nextCursor;
};

} // namespace loyalty
