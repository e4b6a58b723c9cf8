#pragma once

#include <QtGlobal>

namespace loyalty::server {

// Demo redemptions over the demo catalogue: a few hundred, placed over the last weeks for demo members
// through RedemptionService and AfterSalesService (so points, lots, stock, timeline and audit stay as a
// real redemption leaves them), in every status, some with open and some with resolved after-sales cases.
// Nothing without items on the shelf, and nothing when redemptions exist already.
class DemoRedemptions
{
public:
    struct Summary
    {
        int placed = 0;
        int casesOpened = 0;
        int casesResolved = 0;
    };

    static constexpr int kTarget = 300; // at most; fewer for a small demo (a third of its members)

    // In one transaction of its own; false on a database error (then nothing stays).
    static bool seed(quint32 seed, Summary *summary = nullptr);
};

} // namespace loyalty::server
