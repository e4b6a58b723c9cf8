#include "server/ErrorReply.h"

#include "core/ApiError.h"
#include "server/Localizer.h"

#include <QJsonArray>

namespace loyalty::server {

ApiReply ErrorReply::make(const Localizer &localizer, const QString &locale, const ServiceError &error)
{
    ApiError apiError;
    apiError.httpStatus = error.status;
    apiError.code = error.code;
    apiError.message = localizer.message(locale, error);
    apiError.field = error.field;
    QJsonObject body = apiError.toJson();
    if (!error.violations.isEmpty()) {
        QJsonArray violations;
        for (const Violation &violation : error.violations)
            violations.append(ErrorReply::violationJson(localizer, locale, violation));
        QJsonObject inner = body.value(QStringLiteral("error")).toObject();
        inner.insert(QStringLiteral("violations"), violations);
        body.insert(QStringLiteral("error"), inner);
    }
    return ApiReply::json(error.status, body);
}

QJsonObject ErrorReply::violationJson(const Localizer &localizer, const QString &locale,
                                      const Violation &violation)
{
    return {{QStringLiteral("field"), violation.field},
            {QStringLiteral("code"), violation.code},
            {QStringLiteral("message"), localizer.translate(locale, "Validation", violation.sourceText)}};
}

ApiReply ErrorReply::make(const Localizer &localizer, const QString &locale, int status, const QString &code,
                          const char *sourceText, const QString &field)
{
    return make(localizer, locale, ServiceError{status, code, "Server", sourceText, {}, field});
}

} // namespace loyalty::server
