#pragma once

#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/members/{id}/notes: {text}.
struct NoteRequest
{
    QString text;

    static constexpr int kMaxLength = 2000;

    std::optional<Violation> validate() const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, NoteRequest *request);
};

} // namespace loyalty
