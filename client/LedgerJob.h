#pragma once

#include "client/PageJob.h"
#include "core/LedgerEntry.h"
#include "core/LedgerFilter.h"

namespace loyalty {

// GET /v1/members/{id}/ledger: one page of a member's ledger, newest first, narrowed by a filter (kinds,
// from, to) when it has one.
class LedgerJob : public PageJob<LedgerEntry>
{
public:
    LedgerJob(ApiClient *client, qint64 memberId, const LedgerFilter &filter, const QString &cursor,
              int limit, QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members/%1/ledger").arg(memberId), queryFor(filter), cursor,
                  limit, parent)
    {
    }
    LedgerJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit, QObject *parent = nullptr)
        : LedgerJob(client, memberId, LedgerFilter{}, cursor, limit, parent)
    {
    }

    QList<LedgerEntry> entries() const { return items(); }

private:
    static QUrlQuery queryFor(const LedgerFilter &filter)
    {
        QUrlQuery query;
        filter.addTo(&query);
        return query;
    }
};

} // namespace loyalty
