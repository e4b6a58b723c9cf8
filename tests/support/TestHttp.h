#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace loyalty::test {

struct HttpReply
{
    int status = 0; // 0: no answer at all
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QList<QPair<QByteArray, QByteArray>> headers;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorField() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
    }
};

// Synchronous HTTP for tests of the REST contract: raw bytes in, status and JSON out.
class TestHttp
{
public:
    explicit TestHttp(const QUrl &baseUrl) : m_baseUrl(baseUrl) {}

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    HttpReply get(const QString &path);
    HttpReply post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Signs in and keeps the token; returns the reply of POST /v1/auth/login.
    HttpReply login(const QString &username, const QString &password);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
};

} // namespace loyalty::test
