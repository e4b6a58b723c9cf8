#include "support/RequestLog.h"

#include "client/ApiClient.h"

#include <QNetworkReply>

namespace loyalty::test {

RequestLog::RequestLog(ApiClient &client, QObject *parent) : QObject(parent)
{
    connect(client.network(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        QByteArray method;
        switch (reply->operation()) {
        case QNetworkAccessManager::GetOperation:
            method = QByteArrayLiteral("GET");
            break;
        case QNetworkAccessManager::PostOperation:
            method = QByteArrayLiteral("POST");
            break;
        case QNetworkAccessManager::PutOperation:
            method = QByteArrayLiteral("PUT");
            break;
        case QNetworkAccessManager::DeleteOperation:
            method = QByteArrayLiteral("DELETE");
            break;
        case QNetworkAccessManager::HeadOperation:
            method = QByteArrayLiteral("HEAD");
            break;
        default:
            method = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        m_sent.append({method, reply->url(), reply->request(),
                       reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()});
    });
}

} // namespace loyalty::test
