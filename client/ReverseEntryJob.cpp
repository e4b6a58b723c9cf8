#include "client/ReverseEntryJob.h"

#include <QJsonObject>

namespace loyalty {

ReverseEntryJob::ReverseEntryJob(ApiClient *client, qint64 entryId, const ReversalRequest &request,
                                 const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/ledger/%1/reverse").arg(entryId), {},
               QJsonDocument(request.toJson()));
    setIdempotencyKey(idempotencyKey);
}

bool ReverseEntryJob::parse(int, const QJsonDocument &document)
{
    m_reversal = LedgerEntry::fromJson(document.object());
    return m_reversal.id != 0 && m_reversal.kind == LedgerKind::Reverse;
}

} // namespace loyalty
