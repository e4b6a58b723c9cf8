#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace loyalty::bench {

// One keep-alive connection that sends the next POST as soon as the previous answer is complete, each
// with its own Idempotency-Key. Hand-written HTTP/1.1: the client must cost far less than the server it
// measures.
class KeepAliveClient : public QObject
{
public:
    // Fills the next request's path and JSON body; false when there is nothing more to send.
    using NextRequest = std::function<bool(QByteArray *path, QByteArray *body)>;
    // Each complete answer: its status, body and the milliseconds since its request was written.
    using Answered = std::function<void(int status, const QByteArray &body, double milliseconds)>;

    // Keys are `keyPrefix`-1, -2, ...: give each client (and each run over the same data) its own prefix.
    KeepAliveClient(const QUrl &base, const QByteArray &token, const QByteArray &keyPrefix, NextRequest next,
                    Answered answered);

    void start();
    void stop() { m_stopped = true; }
    // Stopped (or out of requests) with no answer outstanding.
    bool idle() const { return m_stopped && !m_waiting; }

private:
    void send();
    void read();

    QUrl m_base;
    QByteArray m_token;
    QByteArray m_keyPrefix;
    NextRequest m_next;
    Answered m_answered;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    qint64 m_sent = 0;
    bool m_waiting = false;
    bool m_stopped = false;
};

} // namespace loyalty::bench
