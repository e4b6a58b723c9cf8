#include "core/ApiError.h"

namespace loyalty {

QJsonObject ApiError::toJson() const
{
    QJsonObject inner{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        inner.insert(QStringLiteral("field"), field);
    return QJsonObject{{QStringLiteral("error"), inner}};
}

ApiError ApiError::fromJson(int httpStatus, const QJsonObject &document)
{
    const QJsonObject inner = document.value(QStringLiteral("error")).toObject();
    ApiError error;
    error.httpStatus = httpStatus;
    error.code = inner.value(QStringLiteral("code")).toString();
    error.message = inner.value(QStringLiteral("message")).toString();
    error.field = inner.value(QStringLiteral("field")).toString();
    return error;
}

} // namespace loyalty
