#include "core/ShipmentRequest.h"

#include <QCoreApplication>

#include <algorithm>

namespace loyalty {

namespace {
Violation violation(const char *field, const char *code, const char *text)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), text};
}

bool isTrackingCharacter(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-');
}
} // namespace

std::optional<Violation> ShipmentRequest::validate() const
{
    const QString trimmedCarrier = carrier.trimmed();
    if (trimmedCarrier.isEmpty())
        return violation("carrier", "carrier_required",
                         QT_TRANSLATE_NOOP("Validation", "Enter the carrier."));
    if (trimmedCarrier.size() > kMaxCarrierLength)
        return violation("carrier", "carrier_too_long",
                         QT_TRANSLATE_NOOP("Validation", "The carrier may be at most 40 characters."));
    const QString tracking = trackingNumber.trimmed();
    if (tracking.isEmpty())
        return violation("trackingNumber", "tracking_required",
                         QT_TRANSLATE_NOOP("Validation", "Enter the tracking number."));
    if (tracking.size() < kMinTrackingLength || tracking.size() > kMaxTrackingLength ||
        !std::all_of(tracking.cbegin(), tracking.cend(), isTrackingCharacter))
        return violation(
            "trackingNumber", "tracking_invalid",
            QT_TRANSLATE_NOOP("Validation", "A tracking number is 6 to 40 letters, digits or dashes."));
    return std::nullopt;
}

QJsonObject ShipmentRequest::toJson() const
{
    return {{QStringLiteral("carrier"), carrier}, {QStringLiteral("trackingNumber"), trackingNumber}};
}

std::optional<Violation> ShipmentRequest::fromJson(const QJsonObject &object, ShipmentRequest *request)
{
    request->carrier = object.value(QStringLiteral("carrier")).toString().trimmed();
    request->trackingNumber = object.value(QStringLiteral("trackingNumber")).toString().trimmed();
    return request->validate();
}

} // namespace loyalty
