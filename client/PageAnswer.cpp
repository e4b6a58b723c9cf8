#include "client/PageAnswer.h"

#include <QJsonObject>

namespace loyalty {

bool readPageAnswer(const QJsonDocument &document, QJsonArray *items, QString *nextCursor)
{
    const QJsonObject object = document.object();
    const QJsonValue list = object.value(QStringLiteral("items"));
    if (!list.isArray())
        return false;
    *items = list.toArray();
    *nextCursor = object.value(QStringLiteral("nextCursor")).toString();
    return true;
}

} // namespace loyalty
