#pragma once

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace loyalty::test {

// A loopback HTTP/1.1 server answering from JSON fixtures, for client jobs and models tested before (or
// without) the real server: each request is recorded (method, path, query, headers, body) and answered by
// a handler. Header-only and without Q_OBJECT, so any test can include it without linking anything.
class FixtureServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit FixtureServer(Handler handler) : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // The bytes of a fixture file (QFINDTESTDATA gives the path).
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fixture %s cannot be read", qPrintable(path));
        return file.readAll();
    }
    static Answer error(int status, const char *code, const QString &message, const char *field = "")
    {
        const QByteArray quoted = message.toUtf8().replace('"', "\\\"");
        return {status, QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + quoted +
                            "\",\"field\":\"" + field + "\"}}"};
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            Request request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target.query());
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // the body is still coming
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);
            const Answer answer = m_handler(request);
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " Fixture\r\n";
            reply += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                     QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
            socket->write(reply);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace loyalty::test
