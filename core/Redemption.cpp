#include "core/Redemption.h"

#include "core/IsoTime.h"

namespace loyalty {

QJsonObject Redemption::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("memberId"), memberId},
                       {QStringLiteral("itemId"), itemId},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("cash"), cash},
                       {QStringLiteral("status"), redemptionStatusToString(status)},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("carrier"), carrier},
                       {QStringLiteral("trackingNumber"), trackingNumber},
                       {QStringLiteral("placedAt"), toIsoTime(placedAt)},
                       {QStringLiteral("cancelReason"), cancelReason}};
    // Steps not taken yet are left out rather than sent as empty strings.
    const std::pair<const char *, const QDateTime *> times[] = {{"fulfilledAt", &fulfilledAt},
                                                                {"shippedAt", &shippedAt},
                                                                {"completedAt", &completedAt},
                                                                {"cancelledAt", &cancelledAt}};
    for (const auto &[key, time] : times) {
        if (time->isValid())
            object.insert(QString::fromLatin1(key), toIsoTime(*time));
    }
    return object;
}

Redemption Redemption::fromJson(const QJsonObject &object)
{
    Redemption redemption;
    redemption.id = object.value(QStringLiteral("id")).toInteger();
    redemption.memberId = object.value(QStringLiteral("memberId")).toInteger();
    redemption.itemId = object.value(QStringLiteral("itemId")).toInteger();
    redemption.quantity = object.value(QStringLiteral("quantity")).toInt(1);
    redemption.points = object.value(QStringLiteral("points")).toInteger();
    redemption.cash = object.value(QStringLiteral("cash")).toInteger();
    redemptionStatusFromString(object.value(QStringLiteral("status")).toString(), &redemption.status);
    redemption.code = object.value(QStringLiteral("code")).toString();
    redemption.carrier = object.value(QStringLiteral("carrier")).toString();
    redemption.trackingNumber = object.value(QStringLiteral("trackingNumber")).toString();
    redemption.placedAt = fromIsoTime(object.value(QStringLiteral("placedAt")).toString());
    redemption.fulfilledAt = fromIsoTime(object.value(QStringLiteral("fulfilledAt")).toString());
    redemption.shippedAt = fromIsoTime(object.value(QStringLiteral("shippedAt")).toString());
    redemption.completedAt = fromIsoTime(object.value(QStringLiteral("completedAt")).toString());
    redemption.cancelledAt = fromIsoTime(object.value(QStringLiteral("cancelledAt")).toString());
    redemption.cancelReason = object.value(QStringLiteral("cancelReason")).toString();
    return redemption;
}

} // namespace loyalty
