#include "client/ApiJob.h"

#include "client/ApiClient.h"
#include "client/ClientLogging.h"

#include <QBuffer>
#include <QNetworkReply>

namespace loyalty {

ApiJob::ApiJob(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::setRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QJsonDocument &body)
{
    m_method = method;
    m_path = path;
    m_query = query;
    m_body = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    m_contentType.clear();
}

void ApiJob::setRawRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, const QUrlQuery &query)
{
    m_method = method;
    m_path = path;
    m_query = query;
    m_body = body;
    m_contentType = contentType;
}

bool ApiJob::parseBytes(int httpStatus, const QByteArray &bytes, const QByteArray &contentType)
{
    Q_UNUSED(contentType)
    return parse(httpStatus, QJsonDocument::fromJson(bytes));
}

void ApiJob::start()
{
    Q_ASSERT(!m_method.isEmpty());
    sendAttempt();
}

void ApiJob::cancel()
{
    if (m_outcome != Outcome::Pending)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_error = {0, QStringLiteral("cancelled"), tr("The request was cancelled."), {}};
    finish(Outcome::Cancelled);
}

bool ApiJob::retryable() const
{
    return m_method == "GET" || !m_idempotencyKey.isEmpty();
}

void ApiJob::sendAttempt()
{
    if (!m_client) {
        m_error = {0, QStringLiteral("unreachable"), tr("The console is not connected to a server."), {}};
        finish(Outcome::Unreachable);
        return;
    }
    ++m_attempt;
    QNetworkRequest request = m_client->makeRequest(m_path, m_query);
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey);
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    QNetworkAccessManager *network = m_client->network();
    if (m_method == "GET") {
        m_reply = network->get(request);
    } else {
        m_reply = network->sendCustomRequest(request, m_method, m_body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    m_httpStatus = status;

    // No HTTP answer at all, or a gateway saying the server is away: worth another try when safe.
    const bool noAnswer = status == 0;
    const bool gatewayTrouble = status == 502 || status == 503 || status == 504;
    if ((noAnswer || gatewayTrouble) && retryable() && m_attempt < kMaxAttempts) {
        const int delayMs = 200 * m_attempt * m_attempt;
        qCDebug(lcClient) << m_method << m_path << "attempt" << m_attempt << "failed:" << networkError
                          << "retrying in" << delayMs << "ms";
        m_retryTimer.start(delayMs);
        return;
    }

    if (noAnswer) {
        const QString server = m_client ? m_client->baseUrl().toDisplayString() : QString();
        if (networkError == QNetworkReply::OperationCanceledError ||
            networkError == QNetworkReply::TimeoutError)
            m_error = {
                0,
                QStringLiteral("timeout"),
                tr("The server at %1 did not answer in time. Check your network and try again.").arg(server),
                {}};
        else if (networkError == QNetworkReply::SslHandshakeFailedError)
            m_error = {0,
                       QStringLiteral("tls"),
                       tr("The secure connection to %1 could not be established: %2")
                           .arg(server, reply->errorString()),
                       {}};
        else
            m_error = {0,
                       QStringLiteral("unreachable"),
                       tr("Cannot reach the server at %1. Check the address and your network.").arg(server),
                       {}};
        qCWarning(lcClient) << m_method << m_path << "unreachable:" << reply->errorString();
        if (m_client)
            m_client->reportReachable(false);
        finish(Outcome::Unreachable);
        return;
    }

    if (m_client)
        m_client->reportReachable(true);
    if (status >= 200 && status < 300) {
        if (parseBytes(status, bytes, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
            finish(Outcome::Succeeded);
        } else {
            m_error = {status,
                       QStringLiteral("bad_answer"),
                       tr("The server sent an answer the console cannot read. Is the address right?"),
                       {}};
            finish(Outcome::Refused);
        }
        return;
    }

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    m_error = ApiError::fromJson(status, document.object());
    if (!m_error.isError()) {
        m_error.code = QStringLiteral("http_%1").arg(status);
        m_error.message = tr("The server refused the request (HTTP %1).").arg(status);
    }
    if (m_error.message.isEmpty())
        m_error.message = tr("The server refused the request (%1).").arg(m_error.code);
    qCDebug(lcClient) << m_method << m_path << "refused:" << status << m_error.code;
    parseRefusal(document);
    if (status == 401 && m_client && !m_client->token().isEmpty())
        Q_EMIT m_client->sessionEnded(m_error.message);
    finish(Outcome::Refused);
}

void ApiJob::finish(Outcome outcome)
{
    m_outcome = outcome;
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace loyalty
