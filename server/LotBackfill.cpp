#include "server/LotBackfill.h"

#include "core/LedgerEntry.h"
#include "core/LotAllocation.h"
#include "server/Database.h"
#include "server/LedgerService.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace loyalty::server {

namespace {
struct PlannedLot
{
    qint64 entryId = 0;
    qint64 amount = 0;
    qint64 earnedAt = 0;
    qint64 expiresAt = 0;
    qint64 expiredAt = 0; // an expire entry took from it
};

struct PlannedTake
{
    qint64 entryId = 0;
    qint64 lotIndex = 0; // into the member's planned lots
    qint64 amount = 0;
};

// One member's ledger replayed in memory; lot ids are indexes until the lots are inserted.
class MemberReplay
{
public:
    void entry(qint64 id, LedgerKind kind, qint64 amount, qint64 createdAt, const QVariant &expiresAt,
               qint64 reverses)
    {
        const bool givesBack = LedgerService::givesBackADeduction(kind, amount, reverses);
        if (amount > 0 && !givesBack) {
            m_lotOfEntry.insert(id, m_lots.size());
            const qint64 expiry =
                expiresAt.isNull()
                    ? LedgerService::lotExpiry(QDateTime::fromMSecsSinceEpoch(createdAt, QTimeZone::utc()))
                          .toMSecsSinceEpoch()
                    : expiresAt.toLongLong();
            m_lots.append({id, amount, createdAt, expiry, 0});
            m_open.append({qint64(m_open.size()), amount, expiry});
            return;
        }
        if (givesBack) { // a reversed or refunded deduction: back to the same lots
            for (const PlannedTake &take : std::as_const(m_takes)) {
                if (take.entryId == reverses)
                    m_open[take.lotIndex].remaining += take.amount;
            }
            return;
        }
        qint64 needed = -amount;
        if (kind == LedgerKind::Reverse && m_lotOfEntry.contains(reverses)) {
            const qint64 own = m_lotOfEntry.value(reverses);
            const qint64 taken = std::min(needed, m_open.at(own).remaining);
            if (taken > 0)
                take(id, own, taken);
            needed -= taken;
        }
        if (needed <= 0)
            return;
        const std::optional<QList<LotTake>> takes = LotAllocation::take(m_open, needed);
        if (!takes) {
            // The old ledger went below what its lots hold: take what there is; --verify reports it.
            qCWarning(lcServerDb) << "backfill: entry" << id << "deducts more than the member's lots hold";
            for (const OpenLot &lot : std::as_const(m_open)) {
                if (lot.remaining > 0)
                    take(id, lot.id, lot.remaining);
            }
            return;
        }
        for (const LotTake &one : *takes) {
            take(id, one.lotId, one.amount);
            if (kind == LedgerKind::Expire)
                m_lots[one.lotId].expiredAt = createdAt;
        }
    }

    bool write(qint64 memberId, QSqlQuery &insertLot, QSqlQuery &insertTake)
    {
        QList<qint64> lotIds;
        lotIds.reserve(m_lots.size());
        for (qsizetype i = 0; i < m_lots.size(); ++i) {
            const PlannedLot &lot = m_lots.at(i);
            insertLot.bindValue(0, memberId);
            insertLot.bindValue(1, lot.entryId);
            insertLot.bindValue(2, lot.amount);
            insertLot.bindValue(3, m_open.at(i).remaining);
            insertLot.bindValue(4, lot.earnedAt);
            insertLot.bindValue(5, lot.expiresAt);
            insertLot.bindValue(6, lot.expiredAt > 0 ? QVariant(lot.expiredAt)
                                                     : QVariant(QMetaType::fromType<qint64>()));
            if (!Database::exec(insertLot))
                return false;
            lotIds.append(insertLot.lastInsertId().toLongLong());
        }
        // One row per (entry, lot): a reversal's own lot and a FIFO pass never meet the same lot twice
        // because the own lot is empty after the first take, but merge to be sure.
        QHash<QPair<qint64, qint64>, qint64> merged;
        QList<QPair<qint64, qint64>> order;
        for (const PlannedTake &take : std::as_const(m_takes)) {
            const QPair<qint64, qint64> key{take.entryId, lotIds.at(take.lotIndex)};
            if (!merged.contains(key))
                order.append(key);
            merged[key] += take.amount;
        }
        for (const auto &key : std::as_const(order)) {
            insertTake.bindValue(0, key.first);
            insertTake.bindValue(1, key.second);
            insertTake.bindValue(2, merged.value(key));
            if (!Database::exec(insertTake))
                return false;
        }
        return true;
    }

private:
    void take(qint64 entryId, qint64 lotIndex, qint64 amount)
    {
        m_open[lotIndex].remaining -= amount;
        m_takes.append({entryId, lotIndex, amount});
    }

    QList<PlannedLot> m_lots;
    QList<OpenLot> m_open; // id = index into m_lots
    QList<PlannedTake> m_takes;
    QHash<qint64, qsizetype> m_lotOfEntry;
};
} // namespace

bool LotBackfill::run()
{
    QSqlQuery entries(Database::connection());
    entries.setForwardOnly(true);
    if (!entries.exec(
            QStringLiteral("SELECT member_id, id, kind, amount, created_at, expires_at, "
                           "COALESCE(reverses_entry_id, 0) FROM ledger_entries WHERE status = 'posted' "
                           "ORDER BY member_id, id")))
        return false;
    QSqlQuery insertLot(Database::connection());
    insertLot.prepare(QStringLiteral("INSERT INTO lots (member_id, entry_id, amount, remaining, earned_at, "
                                     "expires_at, expired_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertTake(Database::connection());
    insertTake.prepare(
        QStringLiteral("INSERT INTO lot_consumptions (entry_id, lot_id, amount) VALUES (?, ?, ?)"));

    qint64 member = 0;
    qint64 members = 0;
    MemberReplay replay;
    while (entries.next()) {
        const qint64 memberId = entries.value(0).toLongLong();
        if (memberId != member) {
            if (member != 0 && !replay.write(member, insertLot, insertTake))
                return false;
            member = memberId;
            replay = MemberReplay();
            ++members;
        }
        LedgerKind kind = LedgerKind::Earn;
        ledgerKindFromString(entries.value(2).toString(), &kind);
        replay.entry(entries.value(1).toLongLong(), kind, entries.value(3).toLongLong(),
                     entries.value(4).toLongLong(), entries.value(5), entries.value(6).toLongLong());
    }
    if (member != 0 && !replay.write(member, insertLot, insertTake))
        return false;
    if (members > 0)
        qCInfo(lcServerDb) << "backfilled expiry lots for" << members << "members";
    return true;
}

} // namespace loyalty::server
