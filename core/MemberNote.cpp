#include "core/MemberNote.h"

#include "core/IsoTime.h"

namespace loyalty {

QJsonObject MemberNote::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("memberId"), memberId},
            {QStringLiteral("text"), text},
            {QStringLiteral("author"), author},
            {QStringLiteral("createdAt"), toIsoTime(createdAt)}};
}

MemberNote MemberNote::fromJson(const QJsonObject &object)
{
    return {
        object.value(QStringLiteral("id")).toInteger(), object.value(QStringLiteral("memberId")).toInteger(),
        object.value(QStringLiteral("text")).toString(), object.value(QStringLiteral("author")).toString(),
        fromIsoTime(object.value(QStringLiteral("createdAt")).toString())};
}

} // namespace loyalty
