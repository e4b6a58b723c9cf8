#include "core/StockMovement.h"

#include "core/IsoTime.h"

#include <array>
#include <utility>

namespace loyalty {

namespace {
constexpr std::array<std::pair<StockMovementKind, const char *>, 5> kKindNames{
    {{StockMovementKind::Inbound, "inbound"},
     {StockMovementKind::Correction, "correction"},
     {StockMovementKind::Reservation, "reservation"},
     {StockMovementKind::Release, "release"},
     {StockMovementKind::Shipment, "shipment"}}};
} // namespace

QString stockMovementKindToString(StockMovementKind kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool stockMovementKindFromString(const QString &text, StockMovementKind *kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (text == QLatin1String(name)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

QJsonObject StockMovement::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("itemId"), itemId},
                       {QStringLiteral("kind"), stockMovementKindToString(kind)},
                       {QStringLiteral("delta"), delta},
                       {QStringLiteral("quantityAfter"), quantityAfter},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("createdAt"), toIsoTime(createdAt)}};
    if (redemptionId != 0)
        object.insert(QStringLiteral("redemptionId"), redemptionId);
    return object;
}

StockMovement StockMovement::fromJson(const QJsonObject &object)
{
    StockMovement movement;
    movement.id = object.value(QStringLiteral("id")).toInteger();
    movement.itemId = object.value(QStringLiteral("itemId")).toInteger();
    stockMovementKindFromString(object.value(QStringLiteral("kind")).toString(), &movement.kind);
    movement.delta = object.value(QStringLiteral("delta")).toInteger();
    movement.quantityAfter = object.value(QStringLiteral("quantityAfter")).toInteger();
    movement.reason = object.value(QStringLiteral("reason")).toString();
    movement.redemptionId = object.value(QStringLiteral("redemptionId")).toInteger();
    movement.actor = object.value(QStringLiteral("actor")).toString();
    movement.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    return movement;
}

} // namespace loyalty
