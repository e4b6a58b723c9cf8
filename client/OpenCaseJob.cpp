#include "client/OpenCaseJob.h"

#include <QJsonObject>
#include <QUuid>

namespace loyalty {

OpenCaseJob::OpenCaseJob(ApiClient *client, qint64 redemptionId, const CaseRequest &request,
                         const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent),
      m_key(idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
    CaseRequest trimmed = request;
    trimmed.description = request.description.trimmed();
    setRequest("POST", QStringLiteral("/v1/redemptions/%1/cases").arg(redemptionId), {},
               QJsonDocument(trimmed.toJson()));
    setIdempotencyKey(m_key);
}

bool OpenCaseJob::parse(int, const QJsonDocument &document)
{
    QJsonObject object = document.object();
    // Tolerates {case: {...}} as well as the case itself.
    if (object.value(QStringLiteral("case")).isObject())
        object = object.value(QStringLiteral("case")).toObject();
    m_case = AfterSalesCase::fromJson(object);
    return m_case.id != 0;
}

} // namespace loyalty
