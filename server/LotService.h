#pragma once

#include "core/Lot.h"
#include "server/IdPage.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"

namespace loyalty::server {

using LotPage = IdPage<Lot>;

// A member's expiry lots, for GET /v1/members/{id}/lots.
class LotService
{
public:
    // Ordered by expiry (ties by id); the cursor is the last lot's id, whose expiry the next page
    // reads back.
    static Outcome<LotPage> lots(qint64 memberId, int limit, const std::optional<PageCursor> &after);
};

} // namespace loyalty::server
