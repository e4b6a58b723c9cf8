#include "support/TestHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace loyalty::test {

HttpReply TestHttp::get(const QString &path)
{
    return send("GET", path, {});
}

HttpReply TestHttp::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QBuffer *buffer = nullptr;
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network.get(request);
    } else {
        buffer = new QBuffer;
        buffer->setData(body);
        reply = m_network.sendCustomRequest(request, method, buffer);
        buffer->setParent(reply);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpReply TestHttp::login(const QString &username, const QString &password)
{
    m_token.clear();
    HttpReply reply = post(QStringLiteral("/v1/auth/login"),
                           {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.status == 200)
        m_token = reply.json.value(QStringLiteral("token")).toString().toUtf8();
    return reply;
}

} // namespace loyalty::test
