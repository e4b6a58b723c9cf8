#pragma once

#include "core/AfterSalesCase.h"
#include "core/ItemCategory.h"
#include "core/Violation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// POST /v1/cases/{id}/resolve: {outcome, restock, reason}. The rules:
// - reissue (a new code) only for code-fulfilled items; reship only for shipped ones;
// - restock only with a refund (the goods came back and the points went back), and never for a lost
//   parcel, which did not come back;
// - a rejection needs a reason (the member is told why); any reason is at most 200 characters.
struct CaseResolution
{
    CaseOutcome outcome = CaseOutcome::Refund;
    bool restock = false;
    QString reason;

    static constexpr int kMaxReasonLength = 200;

    std::optional<Violation> validate(ItemFulfilment fulfilment, CaseKind kind) const;

    QJsonObject toJson() const;
    // Reads the shape (a known outcome, restock a boolean, reason text).
    static std::optional<Violation> fromJson(const QJsonObject &object, CaseResolution *resolution);
};

} // namespace loyalty
