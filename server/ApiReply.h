#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace loyalty::server {

// An HTTP answer ready to write: status, body and its content type.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    static ApiReply json(int status, const QJsonObject &object);
    static ApiReply raw(int status, const QByteArray &jsonBody);
    static ApiReply noContent();
};

} // namespace loyalty::server
