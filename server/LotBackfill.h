#pragma once

namespace loyalty::server {

// Migration 4 on a database that already has a ledger: opens a lot for every posted entry that added
// points and replays every deduction and reversal in id order, as LedgerService would have applied
// them, so the upgraded database passes --verify. Runs inside the migration's transaction.
class LotBackfill
{
public:
    static bool run();
};

} // namespace loyalty::server
