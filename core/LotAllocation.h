#pragma once

#include <QList>

#include <optional>

namespace loyalty {

// An expiry lot as the allocation sees it: what is left of it and when it lapses.
struct OpenLot
{
    qint64 id = 0;
    qint64 remaining = 0;
    qint64 expiresAt = 0; // ms since the epoch, UTC

    friend bool operator==(const OpenLot &, const OpenLot &) = default;
};

// What one negative entry took from one lot.
struct LotTake
{
    qint64 lotId = 0;
    qint64 amount = 0;

    friend bool operator==(const LotTake &, const LotTake &) = default;
};

// The arithmetic of expiry lots, free of any database: which lots a deduction takes from, and how a
// reversal gives it back. The server applies the result in SQL.
class LotAllocation
{
public:
    // Takes `amount` (> 0) from the lots that expire first (ties: lower id first). nullopt when the
    // lots together hold less than `amount`, or when the amount is not positive.
    static std::optional<QList<LotTake>> take(const QList<OpenLot> &lots, qint64 amount);

    // The lots after the takes were applied (remaining -= taken); lots not taken from stay as they are.
    static QList<OpenLot> apply(const QList<OpenLot> &lots, const QList<LotTake> &takes);

    // The lots after the takes were given back lot by lot (remaining += taken), as a reversal does.
    static QList<OpenLot> restore(const QList<OpenLot> &lots, const QList<LotTake> &takes);

    static qint64 total(const QList<OpenLot> &lots);
};

} // namespace loyalty
