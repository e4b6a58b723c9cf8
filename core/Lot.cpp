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
