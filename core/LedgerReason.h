#pragma once

#include <QString>

namespace loyalty {

// How a ledger entry's reason code reads to people: the system's own reasons (an order, the welcome
// grant, a redemption) and the reasons agents pick for adjustments. Unknown codes are shown as they are.
class LedgerReason
{
public:
    static QString label(const QString &code);
};

} // namespace loyalty
