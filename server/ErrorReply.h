#pragma once

#include "server/ApiReply.h"
#include "server/ServiceError.h"

namespace loyalty::server {

class Localizer;

// {"error": {"code", "message", "field"?, "violations"?}} with the messages in the requester's language.
class ErrorReply
{
public:
    // {field, code, message}
    static QJsonObject violationJson(const Localizer &localizer, const QString &locale,
                                     const Violation &violation);
    static ApiReply make(const Localizer &localizer, const QString &locale, const ServiceError &error);
    static ApiReply make(const Localizer &localizer, const QString &locale, int status, const QString &code,
                         const char *sourceText, const QString &field = {});
};

} // namespace loyalty::server
