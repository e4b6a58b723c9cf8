#include "client/LedgerJob.h"

#include "client/PageAnswer.h"

#include <QJsonObject>

namespace loyalty {

LedgerJob::LedgerJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit, QObject *parent)
    : ApiJob(client, parent)
{
    QUrlQuery parameters;
    if (!cursor.isEmpty())
        parameters.addQueryItem(QStringLiteral("cursor"),
                                QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    setRequest("GET", QStringLiteral("/v1/members/%1/ledger").arg(memberId), parameters);
}

bool LedgerJob::parse(int, const QJsonDocument &document)
{
    QJsonArray items;
    if (!readPageAnswer(document, &items, &m_nextCursor))
        return false;
    for (const QJsonValue &item : std::as_const(items))
        m_entries.append(LedgerEntry::fromJson(item.toObject()));
    return true;
}

} // namespace loyalty
