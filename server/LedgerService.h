#pragma once

#include "core/LedgerEntry.h"
#include "core/LedgerFilter.h"
#include "core/LotAllocation.h"
#include "server/IdPage.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"

#include <QList>
#include <QSqlQuery>

namespace loyalty::server {

// One entry to post; balanceAfter and the id come from the ledger.
struct LedgerPosting
{
    LedgerKind kind = LedgerKind::Earn;
    qint64 amount = 0;
    QString reason;
    QString note;
    qint64 actorId = 0; // 0: not a console user
    QString actor;      // username, "system" or "demo"
    QString source;     // order, manual, task, redemption, campaign
    QDateTime createdAt;
    QDateTime expiresAt;        // earns only
    qint64 reversesEntryId = 0; // reversals, and refunds of a spend (the spend's entry)
    qint64 fromLotId = 0;       // expiry only: the one lot this entry takes from
};

struct PostedEntries
{
    qint64 balanceBefore = 0;
    QList<LedgerEntry> entries;
};

using LedgerPage = IdPage<LedgerEntry>;

// The points ledger, the single source of truth for balances. Every posting, from a route or from
// the demo seeder, goes through post(): it refuses inactive members and balances below zero, and
// updates the balance cached on the member in the caller's transaction.
//
// Expiry lots live here too, in the same transaction: a posting that adds points (not a reversal)
// opens a lot; one that removes points takes from the lots that expire first and records what it
// took in lot_consumptions. A reversal of a deduction, and a refund naming the spend it refunds
// (reversesEntryId), give back exactly those amounts to the same lots; a reversal of an addition empties
// its lot and takes any shortfall from the other lots, FIFO. A refund naming no entry opens a lot.
class LedgerService
{
public:
    LedgerService(); // prepares its statements once on this thread's connection

    // Rolling expiry of new lots (default 12 months), from --lot-expiry-months; a tier may set a longer
    // period (tiers.lot_expiry_months), which then applies to the lots its members open.
    static void setLotExpiryMonths(int months);
    static int lotExpiryMonths();
    static QDateTime lotExpiry(const QDateTime &earnedAt);

    // A reversal of a deduction, or a refund that names the spend it refunds: both put the points back
    // into the lots the deduction took them from and open no lot of their own (the lot backfill replays
    // the ledger by the same rule).
    static bool givesBackADeduction(LedgerKind kind, qint64 amount, qint64 reversesEntryId);

    // Posts the entries in order for one member. The caller owns the (write) transaction and rolls
    // it back on an error, so a refused batch leaves nothing behind.
    Outcome<PostedEntries> post(qint64 memberId, const QList<LedgerPosting> &postings);

    // Newest first.
    static Outcome<LedgerPage> entries(qint64 memberId, int limit, const std::optional<PageCursor> &before);
    static Outcome<LedgerPage> entries(qint64 memberId, const LedgerFilter &filter, int limit,
                                       const std::optional<PageCursor> &before);
    // One entry by id, with whether a reversal already took it back.
    static Outcome<LedgerEntry> entry(qint64 entryId, bool *reversed);

private:
    bool openLot(qint64 memberId, qint64 entryId, qint64 amount, qint64 earnedAt, qint64 expiresAt);
    bool consume(qint64 memberId, qint64 entryId, const LedgerPosting &posting, qint64 createdAt);
    bool takeFrom(qint64 entryId, qint64 lotId, qint64 amount, qint64 expiredAt);
    bool loadOpenLots(qint64 memberId);
    // What a posting adds to (or, a reversal, takes from) the points earned in the tier period.
    std::optional<qint64> periodPointsOf(const LedgerPosting &posting, qint64 createdAt, qint64 tierSince);
    bool evaluateTier(qint64 memberId, const LedgerPosting &posting);

    QSqlQuery *m_readMember = nullptr;
    QSqlQuery *m_insertEntry = nullptr;
    QSqlQuery *m_updateMember = nullptr;
    QSqlQuery *m_insertLot = nullptr;
    QSqlQuery *m_openLots = nullptr;
    QSqlQuery *m_takeLot = nullptr;
    QSqlQuery *m_insertConsumption = nullptr;
    QSqlQuery *m_consumptionsOf = nullptr;
    QSqlQuery *m_restoreLot = nullptr;
    QSqlQuery *m_lotOfEntry = nullptr;
    QSqlQuery *m_reversedEntry = nullptr;
    // The member's open lots while one post() runs (loaded on the first deduction).
    QList<OpenLot> m_lots;
    bool m_lotsLoaded = false;
};

} // namespace loyalty::server
