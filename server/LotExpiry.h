#pragma once

#include <QDateTime>

#include <functional>

namespace loyalty::server {

// The expiry run: posts an `expire` entry for every lot whose expiry has passed with points left,
// taking exactly what is left of it, whatever the member's status (freezing stops earning and spending,
// not the clock). Batches of lots per transaction, each written with a handful of set-based statements
// (the same rows LedgerService::post() would write: entry, lot emptied, lot_consumptions row, cached
// balance); a lot's remaining drops to zero in the same transaction as its entry, so a second run, or a
// run after a crash, never expires a lot twice.
class LotExpiry
{
public:
    struct Summary
    {
        qint64 lots = 0;
        qint64 points = 0;
        qint64 batches = 0;
        double seconds = 0;
        bool cancelled = false; // onBatch returned false
    };

    struct Settings
    {
        QDateTime now;         // lots with expires_at <= now lapse
        int batchSize = 20000; // lots per transaction
        int maxBatches = 0;    // stop after this many batches (0: until done); for resume tests
        // After each committed batch, with the totals so far and the progress in [0, 1] (members are
        // walked in id order: last member id seen / largest member id). Returning false stops the run
        // cleanly after that batch (Summary::cancelled); a later run takes the rest.
        std::function<bool(const Summary &soFar, double fraction)> onBatch;
    };

    // False on the first failure (that batch is rolled back; the ones before it stay). A cancel is not
    // a failure.
    static bool run(const Settings &settings, Summary *summary);
};

} // namespace loyalty::server
