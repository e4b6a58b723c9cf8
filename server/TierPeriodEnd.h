#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace loyalty::server {

// The daily tier run (job kind "tier-period-end", --tier-period-end). First the recent-orders window
// moves on (RecentOrdersWindow). Then, walking members by id in batches (one transaction each):
// - a member whose engine tier period has ended (tier_until <= now, above the lowest tier) is judged
//   on the published ladder (TierLadder::standing): kept, or down one tier (audited "tier.downgrade").
//   Either way a new period starts where the old one ended (tier_until NULL in the lowest tier), the
//   period metrics restart at 0 and the at-risk flag goes. tier_until moves forward in the same
//   transaction, so a member is judged once per period: a repeat, or a run after a crash, skips them.
//   A manual tier (manual_tier_*) lies beside the engine tier and changes nothing here; blacklisted
//   and frozen members are judged like everyone else.
// - the warning window: a member whose period ends within `warningDays` and who would go down if it
//   ended now is flagged (tier_at_risk_since = now); a flagged member who would now keep the tier, or
//   who left the window, is cleared.
class TierPeriodEnd
{
public:
    static constexpr char kKind[] = "tier-period-end";

    struct Summary
    {
        qint64 members = 0; // judged (their period ended)
        qint64 kept = 0;
        qint64 down = 0;
        qint64 warned = 0;  // newly flagged at risk
        qint64 cleared = 0; // flag removed (the rule holds again, or out of the window)
        qint64 scanned = 0; // member rows read: period over or ending in the window, or flagged
        qint64 ordersLeft = 0;
        qint64 batches = 0;
        double seconds = 0;
        bool cancelled = false;

        // {members, kept, down, warned, cleared, scanned, ordersLeftWindow, seconds}
        QJsonObject toJson() const;
    };

    struct Settings
    {
        QDateTime now;
        int warningDays = 30;
        int periodMonths = 12;
        int batchSize = 5000; // members per transaction
        // After each committed batch, with the totals so far and the progress in [0, 1]; false stops
        // the run after that batch (Summary::cancelled); a later run takes the rest.
        std::function<bool(const Summary &soFar, double fraction)> onBatch;
    };

    // The command line's --tier-warning-days and --tier-period-months, for the runs the server starts.
    static void setDefaults(int warningDays, int periodMonths);
    static Settings defaults(); // with now = the current time

    // False on the first database error (that batch is rolled back, the ones before it stay).
    static bool run(const Settings &settings, Summary *summary);
};

} // namespace loyalty::server
