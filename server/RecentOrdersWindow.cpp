#include "server/RecentOrdersWindow.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/Transaction.h"

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
    // The first run: every order before the window has left it (an order counts when it is posted
    // inside the window, and it stays counted until a run takes it off).
    const qint64 previousStart = previous.next() ? previous.value(0).toLongLong() : 0;
    previous.finish();
    if (previousStart >= windowStart)
        return true; // the clock went back, or a second run at the same time: nothing left the window

    QSqlQuery left(Database::connection());
    left.setForwardOnly(true);
    left.prepare(
        QStringLiteral("SELECT COUNT(*) FROM member_events WHERE type = 'order' AND occurred_at >= ? "
                       "AND occurred_at < ?"));
    left.bindValue(0, previousStart);
    left.bindValue(1, windowStart);
    if (!Database::exec(left) || !left.next())
        return false;
    *orders = left.value(0).toLongLong();
    left.finish();
    if (*orders > 0) {
        QSqlQuery update(Database::connection());
        update.prepare(QStringLiteral(
            "UPDATE members SET recent_orders = MAX(0, recent_orders - gone.n) FROM (SELECT member_id, "
            "COUNT(*) AS n FROM member_events WHERE type = 'order' AND occurred_at >= ? AND occurred_at < ? "
            "GROUP BY member_id) AS gone WHERE members.id = gone.member_id"));
        update.bindValue(0, previousStart);
        update.bindValue(1, windowStart);
        if (!Database::exec(update))
            return false;
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
