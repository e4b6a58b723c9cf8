#include "client/RevealPhoneJob.h"

#include <QJsonObject>

namespace loyalty {

RevealPhoneJob::RevealPhoneJob(ApiClient *client, qint64 memberId, QObject *parent) : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/members/%1/reveal").arg(memberId), {},
               QJsonDocument(QJsonObject()));
}

bool RevealPhoneJob::parse(int, const QJsonDocument &document)
{
    m_phone = document.object().value(QStringLiteral("phone")).toString();
    return !m_phone.isEmpty();
}

} // namespace loyalty
