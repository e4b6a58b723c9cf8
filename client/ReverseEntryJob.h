#pragma once

#include "client/ApiJob.h"
#include "core/LedgerEntry.h"
#include "core/ReversalRequest.h"

namespace loyalty {

// POST /v1/ledger/{entryId}/reverse with an Idempotency-Key: 201 with the reversal entry, which takes back
// exactly what the original gave or took. The key makes a retry or a double click post once.
class ReverseEntryJob : public ApiJob
{
    Q_OBJECT
public:
    ReverseEntryJob(ApiClient *client, qint64 entryId, const ReversalRequest &request,
                    const QByteArray &idempotencyKey, QObject *parent = nullptr);

    LedgerEntry reversal() const { return m_reversal; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    LedgerEntry m_reversal;
};

} // namespace loyalty
