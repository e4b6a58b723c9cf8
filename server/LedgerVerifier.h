#pragma once

#include <QString>
#include <QStringList>

namespace loyalty::server {

// The ledger invariant, checked over every member: the balance cached on the member equals the sum
// of its posted ledger entries and the sum of what is left in its lots, and is never negative; no lot
// holds less than nothing or more than it was given.
class LedgerVerifier
{
public:
    struct Report
    {
        qint64 members = 0;
        qint64 violations = 0;
        QStringList first; // the first few, one line each
    };

    static constexpr int kShown = 20;

    // False only when the database could not be read.
    static bool run(Report *report);
};

} // namespace loyalty::server
