#pragma once

#include "client/PageJob.h"
#include "core/PendingEntry.h"

namespace loyalty {

// GET /v1/members/{id}/pending: one page of a member's pending points (待入账), newest first.
class PendingEntriesJob : public PageJob<PendingEntry>
{
public:
    PendingEntriesJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit,
                      QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members/%1/pending").arg(memberId), {}, cursor, limit, parent)
    {
    }
};

} // namespace loyalty
