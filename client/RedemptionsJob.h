#pragma once

#include "client/PageJob.h"
#include "client/RedemptionRecord.h"

#include <QDateTime>

#include <optional>

namespace loyalty {

// GET /v1/redemptions?status=&item=&member=&from=&to=: one page of redemptions, newest first, narrowed by
// what the Redemptions pane's filter bar holds (mall.read).
class RedemptionsJob : public PageJob<RedemptionRecord>
{
public:
    struct Filter
    {
        std::optional<RedemptionStatus> status; // none: every status
        qint64 itemId = 0;                      // 0: every item
        qint64 memberId = 0;                    // 0: every member
        QDateTime from;                         // placed at or after; invalid: no lower bound
        QDateTime to;                           // placed before; invalid: no upper bound

        void addTo(QUrlQuery *query) const;
        bool operator==(const Filter &) const = default;
    };

    RedemptionsJob(ApiClient *client, const Filter &filter, const QString &cursor, int limit,
                   QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/redemptions"), queryFor(filter), cursor, limit, parent)
    {
    }

    QList<RedemptionRecord> redemptions() const { return items(); }

private:
    static QUrlQuery queryFor(const Filter &filter)
    {
        QUrlQuery query;
        filter.addTo(&query);
        return query;
    }
};

} // namespace loyalty
