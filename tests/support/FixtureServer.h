#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace loyalty::test {

// A stand-in HTTP server on a free loopback port answering canned responses (JSON fixtures), for the
// console's jobs and models before (or without) the real server: every request is recorded (method,
// path, query, headers, body) so a test can check what the console sent. Unknown routes answer 404.
class FixtureServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FixtureServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    // Answers `method path` (path without its query) with the handler.
    void route(const QByteArray &method, const QString &path, Handler handler);
    // A fixed answer.
    void route(const QByteArray &method, const QString &path, int status, const QByteArray &body);

    QList<Request> requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    void clearRequests() { m_requests.clear(); }

    // The contents of a fixture file (fails the test when it cannot be read).
    static QByteArray readFile(const QString &path);

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, Handler> m_routes;
    QList<Request> m_requests;
};

} // namespace loyalty::test
