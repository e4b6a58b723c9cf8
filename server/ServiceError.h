#pragma once

#include "core/AdjustmentRequest.h"
#include "core/Member.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace loyalty::server {

// Why a service refused: the HTTP status and stable code, plus the English source sentence (and
// its %1.. arguments) that the route translates into the requester's language.
struct ServiceError
{
    int status = 0;
    QString code;
    const char *context = "Server";
    const char *sourceText = "";
    QStringList arguments;
    QString field;
    QList<Violation> violations = {}; // every broken rule when there are several (a whole ladder)

    static ServiceError internal();
    static ServiceError notFound();
    static ServiceError validation(const QString &field, const char *sourceText);
    static ServiceError fromViolation(const Violation &violation);
    // 422: a business rule said no. 409: the thing changed under the request.
    static ServiceError refused(const char *code, const char *sourceText);
    static ServiceError conflict(const char *code, const char *sourceText);
    // The member's points cannot move: 422 member_frozen or member_blacklisted; nothing when active.
    static std::optional<ServiceError> memberInactive(MemberStatus status);
    // 422 insufficient_points on the amount field: `balance` available, `deduction` (positive) asked.
    static ServiceError insufficientPoints(qint64 balance, qint64 deduction);
};

} // namespace loyalty::server
