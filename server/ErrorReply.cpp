#include "server/ErrorReply.h"

#include "core/ApiError.h"
#include "server/Localizer.h"

namespace loyalty::server {

ApiReply ErrorReply::make(const Localizer &localizer, const QString &locale, const ServiceError &error)
{
    ApiError apiError;
    apiError.httpStatus = error.status;
    apiError.code = error.code;
    apiError.message = localizer.message(locale, error);
    apiError.field = error.field;
    return ApiReply::json(error.status, apiError.toJson());
}

ApiReply ErrorReply::make(const Localizer &localizer, const QString &locale, int status, const QString &code,
                          const char *sourceText, const QString &field)
{
    return make(localizer, locale, ServiceError{status, code, "Server", sourceText, {}, field});
}

} // namespace loyalty::server
