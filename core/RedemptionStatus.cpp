#include "core/RedemptionStatus.h"

#include <array>
#include <utility>

namespace loyalty {

namespace {
using S = RedemptionStatus;

constexpr std::array<std::pair<S, const char *>, 5> kStatusNames{{{S::Placed, "placed"},
                                                                  {S::Fulfilled, "fulfilled"},
                                                                  {S::Shipped, "shipped"},
                                                                  {S::Completed, "completed"},
                                                                  {S::Cancelled, "cancelled"}}};

// Every allowed move, in one place.
constexpr std::array<std::pair<S, S>, 5> kMoves{{{S::Placed, S::Fulfilled},
                                                 {S::Placed, S::Shipped},
                                                 {S::Placed, S::Cancelled},
                                                 {S::Fulfilled, S::Completed},
                                                 {S::Shipped, S::Completed}}};

constexpr std::array<std::pair<RedemptionAction, const char *>, 5> kActionNames{
    {{RedemptionAction::Fulfil, "fulfil"},
     {RedemptionAction::Ship, "ship"},
     {RedemptionAction::Complete, "complete"},
     {RedemptionAction::Cancel, "cancel"},
     {RedemptionAction::OpenCase, "openCase"}}};
} // namespace

QString redemptionStatusToString(RedemptionStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

bool redemptionStatusFromString(const QString &text, RedemptionStatus *status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (text == QLatin1String(name)) {
            *status = value;
            return true;
        }
    }
    return false;
}

QString redemptionActionToString(RedemptionAction action)
{
    for (const auto &[value, name] : kActionNames) {
        if (value == action)
            return QString::fromLatin1(name);
    }
    return {};
}

bool redemptionCanMove(RedemptionStatus from, RedemptionStatus to)
{
    for (const auto &[moveFrom, moveTo] : kMoves) {
        if (moveFrom == from && moveTo == to)
            return true;
    }
    return false;
}

bool redemptionCanMove(RedemptionStatus from, RedemptionStatus to, ItemFulfilment fulfilment)
{
    if (to == S::Shipped && fulfilment != ItemFulfilment::Ship)
        return false;
    if (to == S::Fulfilled && fulfilment == ItemFulfilment::Ship)
        return false;
    return redemptionCanMove(from, to);
}

bool redemptionIsFinal(RedemptionStatus status)
{
    return status == S::Completed || status == S::Cancelled;
}

bool redemptionCanOpenCase(RedemptionStatus status)
{
    return status == S::Fulfilled || status == S::Shipped || status == S::Completed;
}

std::optional<RedemptionStatus> redemptionActionTarget(RedemptionAction action)
{
    switch (action) {
    case RedemptionAction::Fulfil:
        return S::Fulfilled;
    case RedemptionAction::Ship:
        return S::Shipped;
    case RedemptionAction::Complete:
        return S::Completed;
    case RedemptionAction::Cancel:
        return S::Cancelled;
    case RedemptionAction::OpenCase:
        break;
    }
    return std::nullopt;
}

QList<RedemptionAction> redemptionActions(RedemptionStatus status, ItemFulfilment fulfilment)
{
    QList<RedemptionAction> actions;
    for (const auto &[action, name] : kActionNames) {
        Q_UNUSED(name)
        if (const auto target = redemptionActionTarget(action)) {
            if (redemptionCanMove(status, *target, fulfilment))
                actions.append(action);
        } else if (redemptionCanOpenCase(status)) {
            actions.append(action);
        }
    }
    return actions;
}

} // namespace loyalty
