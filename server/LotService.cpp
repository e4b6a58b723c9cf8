#include "server/LotService.h"

#include "server/Database.h"
#include "server/MemberService.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace loyalty::server {

namespace {
Lot readLot(const QSqlQuery &query)
{
    Lot lot;
    lot.id = query.value(0).toLongLong();
    lot.entryId = query.value(1).toLongLong();
    lot.amount = query.value(2).toLongLong();
    lot.remaining = query.value(3).toLongLong();
    lot.earnedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
    lot.expiresAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), QTimeZone::utc());
    // Points left: open (until the expiry run takes them). None left: the run took the last of
    // them (expired) or deductions did (used).
    if (lot.remaining > 0)
        lot.status = Lot::Status::Open;
    else
        lot.status = query.value(6).isNull() ? Lot::Status::Used : Lot::Status::Expired;
    return lot;
}
} // namespace

Outcome<LotPage> LotService::lots(qint64 memberId, int limit, const std::optional<PageCursor> &after)
{
    if (const std::optional<ServiceError> missing = MemberService::requireMember(memberId))
        return *missing;

    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "SELECT id, entry_id, amount, remaining, earned_at, expires_at, expired_at FROM lots ");
    if (after) {
        // After the cursor's lot in (expires_at, id) order; a cursor of another member finds no key
        // and so an empty page.
        query.prepare(columns + QStringLiteral(
                                    "WHERE member_id = ? AND EXISTS (SELECT 1 FROM lots c WHERE c.id = ? AND "
                                    "c.member_id = lots.member_id AND (lots.expires_at > c.expires_at OR "
                                    "(lots.expires_at = c.expires_at AND lots.id > c.id))) "
                                    "ORDER BY expires_at, id LIMIT ?"));
        query.bindValue(0, memberId);
        query.bindValue(1, after->id);
        query.bindValue(2, limit + 1);
    } else {
        query.prepare(columns + QStringLiteral("WHERE member_id = ? ORDER BY expires_at, id LIMIT ?"));
        query.bindValue(0, memberId);
        query.bindValue(1, limit + 1);
    }
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<Lot>(query, limit, readLot);
}

} // namespace loyalty::server
