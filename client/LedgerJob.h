#pragma once

#include "client/ApiJob.h"
#include "core/LedgerEntry.h"

namespace loyalty {

// GET /v1/members/{id}/ledger: one page of a member's ledger, newest first.
class LedgerJob : public ApiJob
{
    Q_OBJECT
public:
    LedgerJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit,
              QObject *parent = nullptr);

    QList<LedgerEntry> entries() const { return m_entries; }
    QString nextCursor() const { return m_nextCursor; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    QList<LedgerEntry> m_entries;
    QString m_nextCursor;
};

} // namespace loyalty
