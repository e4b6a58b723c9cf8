#pragma once

#include "client/ApiJob.h"

namespace loyalty {

// POST /v1/members/{id}/reveal: the whole phone number, for roles allowed to see it (audited).
class RevealPhoneJob : public ApiJob
{
    Q_OBJECT
public:
    RevealPhoneJob(ApiClient *client, qint64 memberId, QObject *parent = nullptr);
    QString phone() const { return m_phone; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QString m_phone;
};

} // namespace loyalty
