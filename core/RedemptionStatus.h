#pragma once

#include "core/ItemCategory.h"

#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

// Where a redemption stands (domain.md): placed -> fulfilled (a code issued, or a donation made) or
// shipped (carrier + tracking number) -> completed; a placed redemption may be cancelled. Once a code
// is issued or a parcel is on its way, nothing is cancelled: the member may already hold the goods, so
// problems go through an after-sales case (refund, reship, reissue) that records what happened.
enum class RedemptionStatus
{
    Placed,
    Fulfilled,
    Shipped,
    Completed,
    Cancelled
};

// What staff can do to a redemption: the console's buttons and the POST .../fulfil|ship|complete|cancel
// routes, plus opening an after-sales case (POST .../cases).
enum class RedemptionAction
{
    Fulfil,
    Ship,
    Complete,
    Cancel,
    OpenCase
};

QString redemptionStatusToString(RedemptionStatus status);
// Returns false for a word that is not a status.
bool redemptionStatusFromString(const QString &text, RedemptionStatus *status);
QString redemptionActionToString(RedemptionAction action);

// The transition table, whatever the item.
bool redemptionCanMove(RedemptionStatus from, RedemptionStatus to);
// The same for an item delivered as `fulfilment`: only a shipping item is shipped, every other item
// is fulfilled.
bool redemptionCanMove(RedemptionStatus from, RedemptionStatus to, ItemFulfilment fulfilment);
bool redemptionIsFinal(RedemptionStatus status);
// An after-sales case needs something delivered: fulfilled, shipped or completed.
bool redemptionCanOpenCase(RedemptionStatus status);
// The status an action moves to (none for OpenCase, which leaves the status as it is).
std::optional<RedemptionStatus> redemptionActionTarget(RedemptionAction action);
// The actions a redemption in `status` offers for an item delivered as `fulfilment`, in button order.
QList<RedemptionAction> redemptionActions(RedemptionStatus status, ItemFulfilment fulfilment);

} // namespace loyalty
