#pragma once

#include <QString>

namespace loyalty::server {

// Demo members with a year of points history, posted through LedgerService like any other posting
// (balances are never written directly), in large transactions with prepared statements.
class DemoSeeder
{
public:
    struct Summary
    {
        qint64 members = 0;
        qint64 entries = 0;
        double seconds = 0;
    };

    static constexpr int kMembersPerTransaction = 2000;

    // Progress goes to stderr. False on the first failure (that batch is rolled back).
    // `colleague`: also a support agent (李华, no password yet) whose large adjustments wait for approval.
    static bool seed(int members, Summary *summary, bool colleague = false);
};

} // namespace loyalty::server
