#pragma once

#include "core/ReasonAndNote.h"
#include "core/Violation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// POST /v1/members/{id}/adjustments: {amount, reason, note}. Validated the same way by the console
// (before sending) and the server (before posting).
struct AdjustmentRequest
{
    qint64 amount = 0;
    QString reason;
    QString note;

    static constexpr qint64 kMaxAbsAmount = 1'000'000;
    static constexpr int kMaxNoteLength = loyalty::kMaxNoteLength;

    std::optional<Violation> validate() const;

    QJsonObject toJson() const;
    // Reads the body; a missing or wrongly typed field comes back as a violation.
    static std::optional<Violation> fromJson(const QJsonObject &object, AdjustmentRequest *request);
};

} // namespace loyalty
