#include "support/BenchHttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

namespace loyalty::bench {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl BenchHttpClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpResult BenchHttpClient::request(const QByteArray &method, const QUrl &url, const QByteArray &payload)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    // get() and post() where they fit: a custom verb sends a body even when it is empty.
    QNetworkReply *reply = method == "GET"    ? m_network.get(request)
                           : method == "POST" ? m_network.post(request, payload)
                                              : m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

HttpResult BenchHttpClient::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return request(method, url(path), method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
}

HttpResult BenchHttpClient::login(const QString &username, const QByteArray &password)
{
    m_token.clear();
    const HttpResult reply = send("POST", QStringLiteral("/v1/auth/login"),
                                  {{QStringLiteral("username"), username},
                                   {QStringLiteral("password"), QString::fromLatin1(password)}});
    if (reply.status == 200)
        m_token = reply.json().value(QStringLiteral("token")).toString().toLatin1();
    return reply;
}

QJsonObject BenchHttpClient::follow(qint64 id, const QElapsedTimer &since, double *wallSeconds)
{
    QJsonObject job;
    for (;;) {
        job = send("GET", QStringLiteral("/v1/jobs/%1").arg(id)).json();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("failed") || state.isEmpty())
            break;
        QThread::msleep(10);
    }
    *wallSeconds = since.elapsed() / 1000.0;
    return job;
}

} // namespace loyalty::bench
