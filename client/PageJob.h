#pragma once

#include "client/ApiJob.h"
#include "client/PageAnswer.h"

#include <QJsonObject>

namespace loyalty {

// GET of one page of any list route ({items, nextCursor}) whose items know fromJson(). It adds no
// signals, so it needs no Q_OBJECT of its own and works for every item type.
template <typename Item> class PageJob : public ApiJob
{
public:
    PageJob(ApiClient *client, const QString &path, QUrlQuery query, const QString &cursor, int limit,
            QObject *parent = nullptr)
        : ApiJob(client, parent)
    {
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        setRequest("GET", path, query);
    }

    QList<Item> items() const { return m_items; }
    QString nextCursor() const { return m_nextCursor; }

protected:
    bool parse(int, const QJsonDocument &document) override
    {
        QJsonArray items;
        if (!readPageAnswer(document, &items, &m_nextCursor))
            return false;
        for (const QJsonValue &item : std::as_const(items))
            m_items.append(Item::fromJson(item.toObject()));
        return true;
    }

private:
    QList<Item> m_items;
    QString m_nextCursor;
};

} // namespace loyalty
