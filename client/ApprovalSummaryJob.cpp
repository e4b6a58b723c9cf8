#include "client/ApprovalSummaryJob.h"

#include <QJsonObject>

namespace loyalty {

ApprovalSummaryJob::ApprovalSummaryJob(ApiClient *client, QObject *parent) : ApiJob(client, parent)
{
    setRequest("GET", QStringLiteral("/v1/approvals/summary"));
}

bool ApprovalSummaryJob::parse(int, const QJsonDocument &document)
{
    const QJsonValue pending = document.object().value(QStringLiteral("pending"));
    if (!pending.isDouble())
        return false;
    m_pending = pending.toInt();
    return m_pending >= 0;
}

} // namespace loyalty
