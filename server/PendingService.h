#pragma once

#include "core/PendingEntry.h"
#include "core/PendingRequest.h"
#include "core/UserInfo.h"
#include "server/IdPage.h"
#include "server/Outcome.h"

#include <algorithm>
#include <functional>

namespace loyalty::server {

using PendingPage = IdPage<PendingEntry>;

// Points earned but not yet posted (待入账). They stay outside the balance and the lots until their
// time comes or their follow-up event arrives, and are cancelled at their deadline or when the member
// is blacklisted. Posting one is an ordinary `earn` through the ledger, so a frozen member's pending
// points wait (and lapse at the deadline) rather than post.
class PendingService
{
public:
    struct SettleSummary
    {
        qint64 posted = 0;
        qint64 cancelled = 0;
        qint64 waiting = 0; // due, but the member is frozen
        qint64 total = 0;   // due or lapsed when the run started (a row can count twice: an estimate)
        double fraction() const
        {
            return total == 0 ? 1.0 : std::min(1.0, double(posted + cancelled + waiting) / double(total));
        }
    };

    static Outcome<PendingEntry> create(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                                        const PendingRequest &request);
    static Outcome<PendingPage> list(qint64 memberId, int limit, const std::optional<PageCursor> &before);
    // The follow-up event arrived: posts it now. 409 when it is no longer pending.
    static Outcome<PendingEntry> confirm(const UserInfo &actor, const QString &clientAddress,
                                         qint64 pendingId);
    // Posts what is due by `now` and cancels what passed its deadline, in batches; `onBatch` gets the
    // running totals and may stop the run by returning false.
    static bool settle(const QDateTime &now, SettleSummary *summary,
                       const std::function<bool(const SettleSummary &)> &onBatch = {});
    // Whether settle() has anything to do (cheap: partial indexes).
    static bool hasDueWork(const QDateTime &now);
    // Cancels the member's pending points in the caller's transaction; returns how many.
    static Outcome<int> cancelForMember(qint64 memberId, const QString &resolution);
};

} // namespace loyalty::server
