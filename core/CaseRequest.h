#pragma once

#include "core/AfterSalesCase.h"
#include "core/ItemCategory.h"
#include "core/Violation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// POST /v1/redemptions/{id}/cases: {kind, description}. Which kinds fit depends on how the item was
// delivered: a parcel can be not received, damaged, lost or the wrong item; a code can be not received
// or the wrong one (nothing to damage or lose in transit); a donation can only be not received (no
// certificate).
struct CaseRequest
{
    CaseKind kind = CaseKind::NotReceived;
    QString description;

    static constexpr int kMaxDescriptionLength = 500;

    static bool kindFits(CaseKind kind, ItemFulfilment fulfilment);
    std::optional<Violation> validate(ItemFulfilment fulfilment) const;

    QJsonObject toJson() const;
    // Reads the shape (a known kind, text); validate() with the item's fulfilment checks the rules.
    static std::optional<Violation> fromJson(const QJsonObject &object, CaseRequest *request);
};

} // namespace loyalty
