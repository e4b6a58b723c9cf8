#pragma once

#include "client/TimelineEvent.h"
#include "core/AfterSalesCase.h"
#include "core/ItemCategory.h"
#include "core/Redemption.h"
#include "core/RedemptionStatus.h"

#include <QList>

namespace loyalty {

// A redemption as the server shows it to staff: the Redemption itself plus who and what (member number,
// masked name, item name and category, how it is delivered), what may be done to it now (`actions`, the
// server's word on the status and item) and how many after-sales cases are open. GET
// /v1/redemptions/{id} adds the timeline and the cases (hasDetail()).
struct RedemptionRecord
{
    Redemption redemption;
    QString memberNo;
    QString memberName; // masked, as in member lists
    QString itemName;
    ItemCategory itemCategory = ItemCategory::Coupon;
    ItemFulfilment fulfilment = ItemFulfilment::Code;
    QList<RedemptionAction> actions;
    int openCases = 0;
    bool detailed = false; // the answer carried a timeline and cases
    QList<TimelineEvent> timeline;
    QList<AfterSalesCase> cases;

    qint64 id() const { return redemption.id; }
    bool hasDetail() const { return detailed; }
    bool offers(RedemptionAction action) const { return actions.contains(action); }

    static RedemptionRecord fromJson(const QJsonObject &object);
    static bool actionFromString(const QString &text, RedemptionAction *action);
    // "shipped", "code", "direct" (the contract's words for ItemFulfilment).
    static bool fulfilmentFromString(const QString &text, ItemFulfilment *fulfilment);
    bool operator==(const RedemptionRecord &) const = default;
};

} // namespace loyalty
