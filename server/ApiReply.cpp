#include "server/ApiReply.h"

#include <QJsonDocument>

namespace loyalty::server {

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    return {status,
            QJsonDocument(object).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"),
            {}};
}

ApiReply ApiReply::raw(int status, const QByteArray &jsonBody)
{
    return {status, jsonBody, QByteArrayLiteral("application/json"), {}};
}

ApiReply ApiReply::noContent()
{
    return {204, {}, {}, {}};
}

} // namespace loyalty::server
