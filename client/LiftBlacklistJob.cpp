#include "client/LiftBlacklistJob.h"

#include <QJsonObject>

namespace loyalty {

LiftBlacklistJob::LiftBlacklistJob(ApiClient *client, qint64 memberId, const QString &reason, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("DELETE", QStringLiteral("/v1/members/%1/blacklist").arg(memberId), {},
               QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}));
}

bool LiftBlacklistJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_member = Member::fromJson(object.value(QStringLiteral("member")).toObject());
    m_restored = object.value(QStringLiteral("restored")).toInteger();
    m_message = object.value(QStringLiteral("message")).toString();
    return m_member.id != 0;
}

} // namespace loyalty
