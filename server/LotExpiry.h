#pragma once

#include <QDateTime>

#include <functional>

namespace loyalty::server {

// The expiry run: posts an `expire` entry for every lot whose expiry has passed with points left,
// taking exactly what is left of it, through LedgerService, member by member. Batches of lots per
// transaction; a lot's remaining drops to zero in the same transaction as its entry, so a second run, or a
// run after a crash, never expires a lot twice.
class LotExpiry
{
public:
    struct Summary;
    struct Settings
    {
        QDateTime now;        // lots with expires_at <= now lapse
        int batchSize = 5000; // lots per transaction
        int maxBatches = 0;   // stop after this many batches (0: until done); for resume tests
        // After each committed batch, with the totals so far and an estimate of the share done (0..1);
        // returning false stops the run there (what is committed stays; a later run does the rest).
        std::function<bool(const Summary &soFar, double fraction)> onBatch;
    };

    struct Summary
    {
        qint64 lots = 0;
        qint64 points = 0;
        qint64 batches = 0;
        double seconds = 0;
    };

    // False on the first failure (that batch is rolled back; the ones before it stay).
    static bool run(const Settings &settings, Summary *summary);
};

} // namespace loyalty::server
