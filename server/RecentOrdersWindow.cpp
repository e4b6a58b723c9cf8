#include "server/RecentOrdersWindow.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
bool eventsTableExists(bool *exists)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'member_events'")) ||
        !query.next())
        return false;
    *exists = query.value(0).toInt() > 0;
    return true;
}
} // namespace

QDateTime RecentOrdersWindow::start(const QDateTime &now)
{
    return now.toUTC().addMonths(-kMonths);
}

bool RecentOrdersWindow::advance(const QDateTime &now, qint64 *orders)
{
    *orders = 0;
    bool exists = false;
    if (!eventsTableExists(&exists))
        return false;
    if (!exists)
        return true;
    const qint64 windowStart = start(now).toMSecsSinceEpoch();
    Transaction transaction;
    if (!transaction.isActive())
        return false;
    QSqlQuery previous(Database::connection());
    previous.setForwardOnly(true);
    if (!previous.exec(QStringLiteral("SELECT orders_window_start FROM tier_period_state WHERE id = 1")))
        return false;
    // The first run: every order before the window has left it (an order counts when it is applied
    // inside the window, and it stays counted until a run takes it off).
    const qint64 previousStart = previous.next() ? previous.value(0).toLongLong() : 0;
    previous.finish();
    if (previousStart >= windowStart)
        return true; // the clock went back, or a second run at the same time: nothing left the window

    // Only the orders POST /v1/events counted: those inside the window when they were applied.
    QSqlQuery left(Database::connection());
    left.setForwardOnly(true);
    left.prepare(QStringLiteral("SELECT member_id, occurred_at, applied_at FROM member_events WHERE type = "
                                "'order' AND occurred_at >= ? AND occurred_at < ?"));
    left.bindValue(0, previousStart);
    left.bindValue(1, windowStart);
    if (!Database::exec(left))
        return false;
    QHash<qint64, qint64> leftPerMember;
    while (left.next()) {
        const qint64 occurredAt = left.value(1).toLongLong();
        if (occurredAt < start(Database::timeFromMs(left.value(2))).toMSecsSinceEpoch())
            continue; // already outside the window when it came: never counted
        ++leftPerMember[left.value(0).toLongLong()];
        ++*orders;
    }
    left.finish();
    QSqlQuery update(Database::connection());
    update.prepare(
        QStringLiteral("UPDATE members SET recent_orders = MAX(0, recent_orders - ?) WHERE id = ?"));
    for (auto it = leftPerMember.cbegin(); it != leftPerMember.cend(); ++it) {
        update.bindValue(0, it.value());
        update.bindValue(1, it.key());
        if (!Database::exec(update)) {
            *orders = 0;
            return false;
        }
    }
    QSqlQuery state(Database::connection());
    state.prepare(
        QStringLiteral("INSERT INTO tier_period_state (id, orders_window_start) VALUES (1, ?) "
                       "ON CONFLICT (id) DO UPDATE SET orders_window_start = excluded.orders_window_start"));
    state.bindValue(0, windowStart);
    if (!Database::exec(state) || !transaction.commit()) {
        *orders = 0;
        return false;
    }
    if (*orders > 0)
        qCInfo(lcServerDb) << *orders << "orders left the recent-orders window";
    return true;
}

} // namespace loyalty::server
