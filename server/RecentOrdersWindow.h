#pragma once

#include <QDateTime>

namespace loyalty::server {

// The recent_orders metric counts orders of the last 3 months: POST /v1/events adds one per order that
// is inside the window when applied (EventService), and this step takes one off for each of those that
// has since left the window. The window's lower edge at the
// previous run is kept in tier_period_state, in the same transaction as the decrements, so each order
// leaves exactly once (a repeat, or a run after a crash, finds nothing more to take). Members without
// events (seeded values) are not touched. Does nothing while the member_events table does not exist.
class RecentOrdersWindow
{
public:
    static constexpr int kMonths = 3;

    // The first moment still inside the window at `now`.
    static QDateTime start(const QDateTime &now);
    // Takes the orders that left the window since the last run off recent_orders (never below 0).
    // `orders`: how many orders left. False on a database error (nothing changed).
    static bool advance(const QDateTime &now, qint64 *orders);
};

} // namespace loyalty::server
