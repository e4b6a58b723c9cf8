#pragma once

#include <QDateTime>
#include <QUrlQuery>

namespace loyalty {

// The filters of GET /v1/audit: actor (user name), entity, entityId, action, from and to (ISO 8601,
// from inclusive, to exclusive). Empty fields do not filter.
struct AuditFilter
{
    QString actor;
    QString entity;
    QString entityId;
    QString action;
    QDateTime from;
    QDateTime to;

    bool isEmpty() const;
    // Adds the set filters as query items (the console's request).
    void addTo(QUrlQuery *query) const;
    // Reads them from a request; false with the offending parameter in *badField for an unreadable time.
    static bool fromQuery(const QUrlQuery &query, AuditFilter *filter, QString *badField);
    bool operator==(const AuditFilter &) const = default;
};

} // namespace loyalty
