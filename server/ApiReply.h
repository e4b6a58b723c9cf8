#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace loyalty::server {

// An HTTP answer ready to write: status, body and its content type.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type, e.g. Retry-After

    static ApiReply json(int status, const QJsonObject &object);
    static ApiReply raw(int status, const QByteArray &jsonBody);
    static ApiReply noContent();
};

} // namespace loyalty::server
