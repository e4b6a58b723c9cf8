#include "client/BlacklistJob.h"

#include <QJsonObject>

namespace loyalty {

BlacklistJob::BlacklistJob(ApiClient *client, qint64 memberId, const QString &reason,
                           const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/members/%1/blacklist").arg(memberId), {},
               QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}));
    setIdempotencyKey(idempotencyKey);
}

bool BlacklistJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_member = Member::fromJson(object.value(QStringLiteral("member")).toObject());
    m_forfeited = object.value(QStringLiteral("forfeited")).toInteger();
    m_cancelledPending = object.value(QStringLiteral("cancelledPending")).toInt();
    m_cancelledApprovals = object.value(QStringLiteral("cancelledApprovals")).toInt();
    return m_member.id != 0;
}

} // namespace loyalty
