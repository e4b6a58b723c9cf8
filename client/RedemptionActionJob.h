#pragma once

#include "client/ApiJob.h"
#include "client/RedemptionRecord.h"
#include "core/ShipmentRequest.h"

namespace loyalty {

// POST /v1/redemptions/{id}/fulfil {code?} | ship {carrier, trackingNumber} | complete {} | cancel {reason}
// (redemptions.handle) → 200 with the redemption as it is now. Each job carries an Idempotency-Key (made
// here unless one is given, e.g. by a dialog sending the same request again), so its retries act once.
// Refusals keep the server's sentence: 409 invalid_transition, 400 with the field for a bad body.
class RedemptionActionJob : public ApiJob
{
    Q_OBJECT
public:
    RedemptionActionJob(ApiClient *client, qint64 redemptionId, RedemptionAction action,
                        const QJsonObject &body, const QByteArray &idempotencyKey = {},
                        QObject *parent = nullptr);

    // The bodies of the four routes.
    static RedemptionActionJob *fulfil(ApiClient *client, qint64 redemptionId, const QString &code = {},
                                       const QByteArray &key = {}, QObject *parent = nullptr);
    static RedemptionActionJob *ship(ApiClient *client, qint64 redemptionId, const ShipmentRequest &request,
                                     const QByteArray &key = {}, QObject *parent = nullptr);
    static RedemptionActionJob *complete(ApiClient *client, qint64 redemptionId, const QByteArray &key = {},
                                         QObject *parent = nullptr);
    static RedemptionActionJob *cancel(ApiClient *client, qint64 redemptionId, const QString &reason,
                                       const QByteArray &key = {}, QObject *parent = nullptr);

    RedemptionAction action() const { return m_action; }
    QByteArray idempotencyKey() const { return m_key; }
    RedemptionRecord redemption() const { return m_record; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    RedemptionAction m_action;
    QByteArray m_key;
    RedemptionRecord m_record;
};

} // namespace loyalty
