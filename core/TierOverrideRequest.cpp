#include "core/TierOverrideRequest.h"

#include "core/IsoTime.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> TierOverrideRequest::validate(const QDateTime &now) const
{
    if (tierId <= 0)
        return Violation{QStringLiteral("tierId"), QStringLiteral("tier_required"),
                         QT_TRANSLATE_NOOP("Validation", "Choose the tier.")};
    if (reason.trimmed().isEmpty())
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_required"),
                         QT_TRANSLATE_NOOP("Validation", "Say why the tier is set by hand.")};
    if (reason.size() > kMaxReasonLength)
        return Violation{QStringLiteral("reason"), QStringLiteral("reason_too_long"),
                         QT_TRANSLATE_NOOP("Validation", "The reason may be at most 200 characters long.")};
    if (!until.isValid())
        return Violation{QStringLiteral("until"), QStringLiteral("until_required"),
                         QT_TRANSLATE_NOOP("Validation", "Give the date the manual tier ends.")};
    if (until <= now)
        return Violation{QStringLiteral("until"), QStringLiteral("until_past"),
                         QT_TRANSLATE_NOOP("Validation", "The end date must lie in the future.")};
    if (until > now.addDays(kMaxDays))
        return Violation{QStringLiteral("until"), QStringLiteral("until_too_far"),
                         QT_TRANSLATE_NOOP("Validation", "A manual tier may last at most two years.")};
    return std::nullopt;
}

QJsonObject TierOverrideRequest::toJson() const
{
    return {{QStringLiteral("tierId"), tierId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("until"), toIsoTime(until)}};
}

std::optional<Violation> TierOverrideRequest::fromJson(const QJsonObject &object, const QDateTime &now,
                                                       TierOverrideRequest *request)
{
    const QJsonValue tier = object.value(QStringLiteral("tierId"));
    if (!tier.isDouble() || tier.toDouble() != static_cast<double>(tier.toInteger()))
        return Violation{QStringLiteral("tierId"), QStringLiteral("tier_required"),
                         QT_TRANSLATE_NOOP("Validation", "Choose the tier.")};
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    const QJsonValue until = object.value(QStringLiteral("until"));
    const bool reasonBad = !reason.isUndefined() && !reason.isString();
    if (reasonBad || (!until.isUndefined() && !until.isString()))
        return Violation{reasonBad ? QStringLiteral("reason") : QStringLiteral("until"),
                         QStringLiteral("not_text"),
                         QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
    request->tierId = tier.toInteger();
    request->reason = reason.toString().trimmed();
    request->until = fromIsoTime(until.toString());
    if (!until.toString().isEmpty() && !request->until.isValid())
        return Violation{
            QStringLiteral("until"), QStringLiteral("until_invalid"),
            QT_TRANSLATE_NOOP("Validation", "Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.")};
    return request->validate(now);
}

} // namespace loyalty
