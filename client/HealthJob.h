#pragma once

#include "client/ApiJob.h"

namespace loyalty {

// GET /v1/health: does the server answer? Polled while the console is offline.
class HealthJob : public ApiJob
{
    Q_OBJECT
public:
    explicit HealthJob(ApiClient *client, QObject *parent = nullptr);

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;
};

} // namespace loyalty
