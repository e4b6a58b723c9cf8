#include "server/LedgerVerifier.h"

#include "server/Database.h"

#include <QSqlQuery>

namespace loyalty::server {

bool LedgerVerifier::run(Report *report)
{
    QSqlQuery count(Database::connection());
    count.setForwardOnly(true);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM members")) || !count.next())
        return false;
    report->members = count.value(0).toLongLong();

    QSqlQuery members(Database::connection());
    members.setForwardOnly(true);
    // Sums grouped once each, then joined: one pass over the ledger and one over the lots.
    if (!members.exec(QStringLiteral(
            "SELECT m.id, m.balance, COALESCE(e.total, 0), COALESCE(o.total, 0) FROM members m "
            "LEFT JOIN (SELECT member_id, SUM(amount) AS total FROM ledger_entries WHERE status = 'posted' "
            "GROUP BY member_id) e ON e.member_id = m.id "
            "LEFT JOIN (SELECT member_id, SUM(remaining) AS total FROM lots GROUP BY member_id) o "
            "ON o.member_id = m.id "
            "WHERE m.balance < 0 OR m.balance <> COALESCE(e.total, 0) OR m.balance <> COALESCE(o.total, 0) "
            "ORDER BY m.id")))
        return false;
    while (members.next()) {
        ++report->violations;
        if (report->first.size() < kShown)
            report->first.append(QStringLiteral("member %1: balance %2, ledger sum %3, open lots %4")
                                     .arg(members.value(0).toLongLong())
                                     .arg(members.value(1).toLongLong())
                                     .arg(members.value(2).toLongLong())
                                     .arg(members.value(3).toLongLong()));
    }

    QSqlQuery lots(Database::connection());
    lots.setForwardOnly(true);
    if (!lots.exec(QStringLiteral("SELECT id, member_id, amount, remaining FROM lots "
                                  "WHERE remaining < 0 OR remaining > amount ORDER BY id")))
        return false;
    while (lots.next()) {
        ++report->violations;
        if (report->first.size() < kShown)
            report->first.append(QStringLiteral("lot %1 of member %2: remaining %3 of %4")
                                     .arg(lots.value(0).toLongLong())
                                     .arg(lots.value(1).toLongLong())
                                     .arg(lots.value(3).toLongLong())
                                     .arg(lots.value(2).toLongLong()));
    }
    return true;
}

} // namespace loyalty::server
