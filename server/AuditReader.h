#pragma once

#include "core/AuditEntry.h"
#include "core/AuditFilter.h"
#include "server/IdPage.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"

#include <QList>

#include <optional>

namespace loyalty::server {

using AuditPage = IdPage<AuditEntry>;

// GET /v1/audit: the audit log newest first, narrowed by an AuditFilter. Each equality filter has a
// (key, id) index, so a page costs the same on a few rows as on millions.
class AuditReader
{
public:
    static Outcome<AuditPage> page(const AuditFilter &filter, int limit,
                                   const std::optional<PageCursor> &before);
    // Everything audited about one member, newest first (GET /v1/members/{id}/audit).
    static Outcome<AuditPage> memberTrail(qint64 memberId, int limit,
                                          const std::optional<PageCursor> &before);
};

} // namespace loyalty::server
