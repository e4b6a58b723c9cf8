#pragma once

#include "client/PageJob.h"
#include "core/LedgerEntry.h"

namespace loyalty {

// GET /v1/members/{id}/ledger: one page of a member's ledger, newest first.
class LedgerJob : public PageJob<LedgerEntry>
{
public:
    LedgerJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit, QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members/%1/ledger").arg(memberId), {}, cursor, limit, parent)
    {
    }

    QList<LedgerEntry> entries() const { return items(); }
};

} // namespace loyalty
