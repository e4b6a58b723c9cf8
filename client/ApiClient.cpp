#include "client/ApiClient.h"

#include "client/ClientLogging.h"

namespace loyalty {

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    m_network.setAutoDeleteReplies(false);
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QNetworkRequest ApiClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    QString language = m_language;
    request.setRawHeader("Accept-Language", language.replace(QLatin1Char('_'), QLatin1Char('-')).toLatin1());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void ApiClient::reportReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcClient) << "server" << (reachable ? "reachable again" : "unreachable")
                     << m_baseUrl.toDisplayString();
    Q_EMIT reachabilityChanged(reachable);
}

} // namespace loyalty
