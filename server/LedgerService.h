#pragma once

#include "core/LedgerEntry.h"
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
    qint64 reversesEntryId = 0; // reversals only
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
class LedgerService
{
public:
    LedgerService(); // prepares its statements once on this thread's connection

    // Posts the entries in order for one member. The caller owns the (write) transaction and rolls
    // it back on an error, so a refused batch leaves nothing behind.
    Outcome<PostedEntries> post(qint64 memberId, const QList<LedgerPosting> &postings);

    // Newest first.
    static Outcome<LedgerPage> entries(qint64 memberId, int limit, const std::optional<PageCursor> &before);
    // One entry by id, with whether a reversal already took it back.
    static Outcome<LedgerEntry> entry(qint64 entryId, bool *reversed);

private:
    QSqlQuery m_readMember;
    QSqlQuery m_insertEntry;
    QSqlQuery m_updateMember;
};

} // namespace loyalty::server
