#include "core/Lot.h"

#include "core/IsoTime.h"

namespace loyalty {

QString Lot::statusToString(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Used:
        return QStringLiteral("used");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("open");
}

Lot::Status Lot::statusFromString(const QString &text)
{
    if (text == QLatin1String("used"))
        return Status::Used;
    if (text == QLatin1String("expired"))
        return Status::Expired;
    return Status::Open;
}

Lot Lot::fromJson(const QJsonObject &object)
{
    Lot lot;
    lot.id = object.value(QStringLiteral("id")).toInteger();
    lot.entryId = object.value(QStringLiteral("entryId")).toInteger();
    lot.amount = object.value(QStringLiteral("amount")).toInteger();
    lot.remaining = object.value(QStringLiteral("remaining")).toInteger();
    lot.earnedAt = fromIsoTime(object.value(QStringLiteral("earnedAt")).toString());
    lot.expiresAt = fromIsoTime(object.value(QStringLiteral("expiresAt")).toString());
    lot.status = statusFromString(object.value(QStringLiteral("status")).toString());
    return lot;
}

QJsonObject Lot::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("entryId"), entryId},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("remaining"), remaining},
            {QStringLiteral("earnedAt"), toIsoTime(earnedAt)},
            {QStringLiteral("expiresAt"), toIsoTime(expiresAt)},
            {QStringLiteral("status"), statusToString(status)}};
}

} // namespace loyalty
