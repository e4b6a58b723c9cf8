#include "client/MemberJob.h"

#include <QJsonObject>

namespace loyalty {

MemberJob::MemberJob(ApiClient *client, qint64 memberId, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/members/%1").arg(memberId));
}

bool MemberJob::parse(int, const QJsonDocument &document)
{
    m_member = Member::fromJson(document.object());
    return m_member.id != 0;
}

} // namespace loyalty
