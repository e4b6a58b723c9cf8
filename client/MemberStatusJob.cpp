#include "client/MemberStatusJob.h"

#include <QJsonObject>

namespace loyalty {

MemberStatusJob::MemberStatusJob(ApiClient *client, qint64 memberId, const StatusChangeRequest &request,
                                 QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("PATCH", QStringLiteral("/v1/members/%1").arg(memberId), {}, QJsonDocument(request.toJson()));
}

bool MemberStatusJob::parse(int, const QJsonDocument &document)
{
    m_member = Member::fromJson(document.object());
    return m_member.id != 0;
}

} // namespace loyalty
