#include "client/MemberSearchJob.h"

#include "client/PageAnswer.h"

#include <QJsonObject>

namespace loyalty {

MemberSearchJob::MemberSearchJob(ApiClient *client, const QString &query, const QString &cursor, int limit,
                                 QObject *parent)
    : ApiJob(client, parent)
{
    QUrlQuery parameters;
    if (!query.trimmed().isEmpty())
        parameters.addQueryItem(QStringLiteral("q"),
                                QString::fromLatin1(QUrl::toPercentEncoding(query.trimmed())));
    if (!cursor.isEmpty())
        parameters.addQueryItem(QStringLiteral("cursor"),
                                QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    setRequest("GET", QStringLiteral("/v1/members"), parameters);
}

bool MemberSearchJob::parse(int, const QJsonDocument &document)
{
    QJsonArray items;
    if (!readPageAnswer(document, &items, &m_nextCursor))
        return false;
    for (const QJsonValue &item : std::as_const(items))
        m_members.append(Member::fromJson(item.toObject()));
    return true;
}

} // namespace loyalty
