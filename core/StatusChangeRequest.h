#pragma once

#include "core/Member.h"
#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// A change of a member's status with the reason for it, which every such change needs:
// PATCH /v1/members/{id} {status: "frozen"|"active", reason} (freeze, unfreeze), and the reason of
// POST and DELETE /v1/members/{id}/blacklist {reason}, where the route says the status.
struct StatusChangeRequest
{
    MemberStatus status = MemberStatus::Active;
    QString reason;

    static constexpr int kMaxReasonLength = 200;

    std::optional<Violation> validate() const;
    QJsonObject toJson() const;
    // PATCH body: status must be "frozen" or "active" (blacklisting has its own route).
    static std::optional<Violation> fromJson(const QJsonObject &object, StatusChangeRequest *request);
    // Blacklist bodies: only the reason; the status comes from the route.
    static std::optional<Violation> reasonFromJson(const QJsonObject &object, MemberStatus status,
                                                   StatusChangeRequest *request);
};

} // namespace loyalty
