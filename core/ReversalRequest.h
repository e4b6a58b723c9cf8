#pragma once

#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/ledger/{entryId}/reverse: {reason, note}. The reversal takes back exactly what the entry gave
// or took; the reason says why.
struct ReversalRequest
{
    QString reason;
    QString note;

    std::optional<Violation> validate() const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, ReversalRequest *request);
};

} // namespace loyalty
