#include "client/RedemptionActionJob.h"

#include <QJsonObject>
#include <QUuid>

namespace loyalty {

RedemptionActionJob::RedemptionActionJob(ApiClient *client, qint64 redemptionId, RedemptionAction action,
                                         const QJsonObject &body, const QByteArray &idempotencyKey,
                                         QObject *parent)
    : ApiJob(client, parent), m_action(action),
      m_key(idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
    Q_ASSERT(action != RedemptionAction::OpenCase); // a case has its own route: OpenCaseJob
    setRequest(
        "POST",
        QStringLiteral("/v1/redemptions/%1/%2").arg(redemptionId).arg(redemptionActionToString(action)), {},
        QJsonDocument(body));
    setIdempotencyKey(m_key);
}

RedemptionActionJob *RedemptionActionJob::fulfil(ApiClient *client, qint64 redemptionId, const QString &code,
                                                 const QByteArray &key, QObject *parent)
{
    QJsonObject body;
    if (!code.trimmed().isEmpty())
        body.insert(QStringLiteral("code"),
                    code.trimmed()); // none: the server makes one (or none, for charity)
    return new RedemptionActionJob(client, redemptionId, RedemptionAction::Fulfil, body, key, parent);
}

RedemptionActionJob *RedemptionActionJob::ship(ApiClient *client, qint64 redemptionId,
                                               const ShipmentRequest &request, const QByteArray &key,
                                               QObject *parent)
{
    ShipmentRequest trimmed = request;
    trimmed.carrier = request.carrier.trimmed();
    trimmed.trackingNumber = request.trackingNumber.trimmed();
    return new RedemptionActionJob(client, redemptionId, RedemptionAction::Ship, trimmed.toJson(), key,
                                   parent);
}

RedemptionActionJob *RedemptionActionJob::complete(ApiClient *client, qint64 redemptionId,
                                                   const QByteArray &key, QObject *parent)
{
    return new RedemptionActionJob(client, redemptionId, RedemptionAction::Complete, QJsonObject(), key,
                                   parent);
}

RedemptionActionJob *RedemptionActionJob::cancel(ApiClient *client, qint64 redemptionId,
                                                 const QString &reason, const QByteArray &key,
                                                 QObject *parent)
{
    return new RedemptionActionJob(client, redemptionId, RedemptionAction::Cancel,
                                   {{QStringLiteral("reason"), reason.trimmed()}}, key, parent);
}

bool RedemptionActionJob::parse(int, const QJsonDocument &document)
{
    m_record = RedemptionRecord::fromJson(document.object());
    return m_record.id() != 0;
}

} // namespace loyalty
