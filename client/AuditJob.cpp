#include "client/AuditJob.h"

#include "client/PageAnswer.h"

#include <QJsonObject>

namespace loyalty {

AuditJob::AuditJob(ApiClient *client, const AuditFilter &filter, const QString &cursor, int limit,
                   QObject *parent)
    : ApiJob(client, parent)
{
    QUrlQuery parameters;
    filter.addTo(&parameters);
    if (!cursor.isEmpty())
        parameters.addQueryItem(QStringLiteral("cursor"),
                                QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    setRequest("GET", QStringLiteral("/v1/audit"), parameters);
}

bool AuditJob::parse(int, const QJsonDocument &document)
{
    QJsonArray items;
    if (!readPageAnswer(document, &items, &m_nextCursor))
        return false;
    m_entries.reserve(items.size());
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isObject())
            return false;
        m_entries.append(AuditEntry::fromJson(item.toObject()));
    }
    return true;
}

} // namespace loyalty
