#pragma once

#include "core/AfterSalesCase.h"
#include "core/ItemCategory.h"
#include "core/Redemption.h"
#include "server/IdPage.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"
#include "server/RedemptionTimeline.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace loyalty::server {

// A redemption as the API shows it: the row plus who and what (member number and name as member lists
// show them, the item's name and category), how it is delivered, what staff can do next and how many
// cases are open. The single view also carries its timeline and cases.
struct RedemptionView : Redemption
{
    QString memberNo;
    QString memberName;
    QString itemName;
    ItemCategory category = ItemCategory::Coupon;
    qint64 entryId = 0; // the spend that took the points (0: a free item)
    int openCases = 0;
    bool detailed = false; // timeline and cases read
    QList<TimelineEvent> timeline;
    QList<AfterSalesCase> cases;

    ItemFulfilment fulfilment() const { return itemFulfilment(category); }
    QJsonObject toJson() const;
};

// GET /v1/redemptions filters; from/to bound placedAt (from inclusive, to exclusive).
struct RedemptionFilter
{
    std::optional<RedemptionStatus> status;
    qint64 memberId = 0;
    qint64 itemId = 0;
    QDateTime from;
    QDateTime to;
};

using RedemptionPage = IdPage<RedemptionView>;

class RedemptionReader
{
public:
    // 404 for no such redemption. `detailed`: with timeline and cases.
    static Outcome<RedemptionView> find(qint64 id, bool detailed);
    // Newest first.
    static Outcome<RedemptionPage> list(const RedemptionFilter &filter, int limit,
                                        const std::optional<PageCursor> &after);
};

} // namespace loyalty::server
