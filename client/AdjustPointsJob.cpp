#include "client/AdjustPointsJob.h"

#include <QJsonObject>

namespace loyalty {

AdjustPointsJob::AdjustPointsJob(ApiClient *client, qint64 memberId, const AdjustmentRequest &request,
                                 const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/members/%1/adjustments").arg(memberId), {},
               QJsonDocument(request.toJson()));
    setIdempotencyKey(idempotencyKey);
}

bool AdjustPointsJob::parse(int httpStatus, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    if (httpStatus == 202) {
        m_awaitsApproval = true;
        m_approval = Approval::fromJson(object.value(QStringLiteral("approval")).toObject());
        return m_approval.id != 0;
    }
    m_entry = LedgerEntry::fromJson(object);
    return m_entry.id != 0;
}

} // namespace loyalty
