#pragma once

#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/approvals/{id}/approve|reject: {comment}. A rejection must say why; an approval may.
struct DecisionRequest
{
    enum class Kind
    {
        Approve,
        Reject
    };
    Kind kind = Kind::Approve;
    QString comment;

    static constexpr int kMaxCommentLength = 500;

    std::optional<Violation> validate() const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, Kind kind, DecisionRequest *request);
};

} // namespace loyalty
