#pragma once

#include "client/PageJob.h"
#include "core/TierVersion.h"

namespace loyalty {

// GET /v1/tiers/versions: one page of published ladders, newest first (tiers.manage).
class TierVersionsJob : public PageJob<TierVersion>
{
public:
    TierVersionsJob(ApiClient *client, const QString &cursor, int limit, QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/tiers/versions"), {}, cursor, limit, parent)
    {
    }

    QList<TierVersion> versions() const { return items(); }
};

} // namespace loyalty
