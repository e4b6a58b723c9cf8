#pragma once

#include "core/AdjustmentRequest.h"

#include <QString>
#include <QStringList>

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

    static ServiceError internal();
    static ServiceError notFound();
    static ServiceError validation(const QString &field, const char *sourceText);
    static ServiceError fromViolation(const Violation &violation);
    // 422: a business rule said no. 409: the thing changed under the request.
    static ServiceError refused(const char *code, const char *sourceText);
    static ServiceError conflict(const char *code, const char *sourceText);
};

} // namespace loyalty::server
