#include "client/SaveItemJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loyalty {

SaveItemJob::SaveItemJob(ApiClient *client, const MallItem &item, qint64 initialStock, QObject *parent)
    : ApiJob(client, parent), m_new(item.id == 0)
{
    QJsonObject body = bodyFor(item);
    if (m_new) {
        if (initialStock > 0)
            body.insert(QStringLiteral("initialStock"), initialStock);
        setRequest("POST", QStringLiteral("/v1/items"), {}, QJsonDocument(body));
    } else {
        body.insert(QStringLiteral("version"), item.version);
        setRequest("PATCH", QStringLiteral("/v1/items/%1").arg(item.id), {}, QJsonDocument(body));
    }
}

QJsonObject SaveItemJob::bodyFor(const MallItem &item)
{
    QJsonObject body = item.toJson();
    // The server's own: the id is in the path, stock moves only through movements, the version is
    // added for a PATCH, the image travels on its own route, the rest the server works out.
    for (const char *key :
         {"id", "stock", "version", "image", "createdAt", "updatedAt", "lowStock", "onShelf", "priceBand"})
        body.remove(QLatin1String(key));
    // A PATCH keeps what it does not name: an empty schedule end is sent as null so it is cleared.
    for (const char *key : {"shelfFrom", "shelfUntil"}) {
        if (!body.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), QJsonValue::Null);
    }
    return body;
}

bool SaveItemJob::parse(int, const QJsonDocument &document)
{
    m_saved = CatalogueItem::fromJson(document.object());
    return m_saved.id() != 0;
}

void SaveItemJob::parseRefusal(const QJsonDocument &document)
{
    m_violations = ReportedViolation::listFromJson(document.object()
                                                       .value(QStringLiteral("error"))
                                                       .toObject()
                                                       .value(QStringLiteral("violations"))
                                                       .toArray());
    if (m_violations.isEmpty() && !error().field.isEmpty())
        m_violations.append({error().field, error().code, error().message});
}

} // namespace loyalty
