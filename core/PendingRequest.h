#pragma once

#include "core/Violation.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace loyalty {

// POST /v1/members/{id}/pending: points that post when a condition is met, or are cancelled at the
// deadline. {amount, reason, note, source, postAt | eventKey, deadline}: exactly one condition.
struct PendingRequest
{
    qint64 amount = 0;
    QString reason;
    QString note;
    QString source = QStringLiteral("task");
    QDateTime postAt;
    QString eventKey;
    QDateTime deadline;

    static constexpr qint64 kMaxAmount = 1'000'000;
    static constexpr int kMaxTextLength = 200;
    static constexpr int kMaxDays = 366;

    std::optional<Violation> validate(const QDateTime &now) const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, const QDateTime &now,
                                             PendingRequest *request);
};

} // namespace loyalty
