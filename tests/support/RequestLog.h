#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace loyalty {
class ApiClient;
}

namespace loyalty::test {

// What an ApiClient really sent (method, address, headers) and the status it got back, read off its
// network manager as each reply finishes: lets a test check the requests of a model or job while a real
// server answers them.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    struct Sent
    {
        QByteArray method;
        QUrl url;
        QNetworkRequest request;
        int status = 0; // 0: no HTTP answer

        QString path() const { return url.path(); }
        QUrlQuery query() const { return QUrlQuery(url); }
        QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    };

    explicit RequestLog(ApiClient &client, QObject *parent = nullptr);

    QList<Sent> sent() const { return m_sent; }
    Sent last() const { return m_sent.value(m_sent.size() - 1); }
    void clear() { m_sent.clear(); }

private:
    QList<Sent> m_sent;
};

} // namespace loyalty::test
