#include "support/KeepAliveClient.h"

#include <QRegularExpression>

namespace loyalty::bench {

KeepAliveClient::KeepAliveClient(const QUrl &base, const QByteArray &token, const QByteArray &keyPrefix,
                                 NextRequest next, Answered answered)
    : m_base(base), m_token(token), m_keyPrefix(keyPrefix), m_next(std::move(next)),
      m_answered(std::move(answered))
{
    connect(&m_socket, &QTcpSocket::connected, this, &KeepAliveClient::send);
    connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveClient::read);
}

void KeepAliveClient::start()
{
    m_socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
}

void KeepAliveClient::send()
{
    QByteArray path;
    QByteArray body;
    if (m_stopped || !m_next(&path, &body)) {
        m_stopped = true;
        return;
    }
    const QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + m_base.authority().toLatin1() +
                               "\r\nAuthorization: Bearer " + m_token +
                               "\r\nContent-Type: application/json\r\nIdempotency-Key: " + m_keyPrefix + "-" +
                               QByteArray::number(++m_sent) +
                               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_buffer.clear();
    m_waiting = true;
    m_timer.start();
    m_socket.write(request);
}

void KeepAliveClient::read()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    static const QRegularExpression lengthHeader(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
    const auto match = lengthHeader.match(QString::fromLatin1(m_buffer.left(headerEnd)));
    const qint64 length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const double milliseconds = m_timer.nsecsElapsed() / 1e6;
    m_waiting = false;
    m_answered(m_buffer.mid(9, 3).toInt(), m_buffer.mid(headerEnd + 4, length), milliseconds);
    send();
}

} // namespace loyalty::bench
