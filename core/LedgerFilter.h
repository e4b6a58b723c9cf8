#pragma once

#include "core/LedgerEntry.h"

#include <QDateTime>
#include <QList>
#include <QUrlQuery>

namespace loyalty {

// The filters of GET /v1/members/{id}/ledger: kind (comma-separated kinds), from (inclusive) and to
// (exclusive), ISO 8601. Empty fields do not filter.
struct LedgerFilter
{
    QList<LedgerKind> kinds;
    QDateTime from;
    QDateTime to;

    bool isEmpty() const { return kinds.isEmpty() && !from.isValid() && !to.isValid(); }
    void addTo(QUrlQuery *query) const;
    // False with the offending parameter in *badField (an unknown kind or an unreadable time).
    static bool fromQuery(const QUrlQuery &query, LedgerFilter *filter, QString *badField);
    bool operator==(const LedgerFilter &) const = default;
};

} // namespace loyalty
