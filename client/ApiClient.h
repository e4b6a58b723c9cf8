#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

namespace loyalty {

// The console's one connection to loyalty-server: base address, bearer token, language and timeout
// that every ApiJob uses. Owns the single QNetworkAccessManager.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setLanguage(const QString &locale) { m_language = locale; }
    QString language() const { return m_language; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    QNetworkAccessManager *network() { return &m_network; }
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;

    // Jobs report what they saw, so the whole console knows whether the server answers.
    void reportReachable(bool reachable);
    bool isReachable() const { return m_reachable; }

Q_SIGNALS:
    void reachabilityChanged(bool reachable);
    // An authenticated call was refused with 401: the session is over (expired or revoked).
    void sessionEnded(const QString &message);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    QString m_language = QStringLiteral("zh_CN");
    std::chrono::milliseconds m_timeout{15000};
    bool m_reachable = true;
};

} // namespace loyalty
