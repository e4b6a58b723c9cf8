#pragma once

#include "client/PageJob.h"
#include "core/Lot.h"

namespace loyalty {

// GET /v1/members/{id}/lots: one page of a member's expiry lots, earliest expiry first.
class LotsJob : public PageJob<Lot>
{
public:
    LotsJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit, QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members/%1/lots").arg(memberId), {}, cursor, limit, parent)
    {
    }
};

} // namespace loyalty
