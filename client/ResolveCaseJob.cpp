#include "client/ResolveCaseJob.h"

#include <QJsonObject>
#include <QUuid>

namespace loyalty {

ResolveCaseJob::ResolveCaseJob(ApiClient *client, qint64 caseId, const CaseResolution &resolution,
                               const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent),
      m_key(idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
    CaseResolution trimmed = resolution;
    trimmed.reason = resolution.reason.trimmed();
    setRequest("POST", QStringLiteral("/v1/cases/%1/resolve").arg(caseId), {},
               QJsonDocument(trimmed.toJson()));
    setIdempotencyKey(m_key);
}

bool ResolveCaseJob::parse(int, const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    m_case = AfterSalesCase::fromJson(object.value(QStringLiteral("case")).toObject());
    m_record = RedemptionRecord::fromJson(object.value(QStringLiteral("redemption")).toObject());
    return m_case.id != 0;
}

} // namespace loyalty
