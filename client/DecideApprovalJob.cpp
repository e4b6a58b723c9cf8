#include "client/DecideApprovalJob.h"

#include <QJsonObject>

namespace loyalty {

DecideApprovalJob::DecideApprovalJob(ApiClient *client, qint64 approvalId, const DecisionRequest &request,
                                     const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent), m_kind(request.kind)
{
    const QString verb =
        request.kind == DecisionRequest::Kind::Approve ? QStringLiteral("approve") : QStringLiteral("reject");
    setRequest("POST", QStringLiteral("/v1/approvals/%1/%2").arg(approvalId).arg(verb), {},
               QJsonDocument(request.toJson()));
    setIdempotencyKey(idempotencyKey);
}

bool DecideApprovalJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_approval = Approval::fromJson(object.value(QStringLiteral("approval")).toObject());
    if (m_approval.id == 0)
        return false;
    if (m_kind == DecisionRequest::Kind::Reject)
        return true;
    m_entry = LedgerEntry::fromJson(object.value(QStringLiteral("entry")).toObject());
    return m_entry.id != 0;
}

} // namespace loyalty
