#include "core/AdjustmentRequest.h"

#include <QCoreApplication>

namespace loyalty {

std::optional<Violation> AdjustmentRequest::validate() const
{
    if (amount == 0)
        return Violation{QStringLiteral("amount"), QStringLiteral("amount_zero"),
                         QT_TRANSLATE_NOOP("Validation", "Enter an amount other than zero.")};
    if (amount > kMaxAbsAmount || amount < -kMaxAbsAmount)
        return Violation{QStringLiteral("amount"), QStringLiteral("amount_too_large"),
                         QT_TRANSLATE_NOOP("Validation", "An adjustment may move at most 1,000,000 points.")};
    return checkReasonAndNote(reason, note);
}

QJsonObject AdjustmentRequest::toJson() const
{
    return {{QStringLiteral("amount"), amount},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("note"), note}};
}

std::optional<Violation> AdjustmentRequest::fromJson(const QJsonObject &object, AdjustmentRequest *request)
{
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    // Points are integers: 1.5 or "100" is refused rather than rounded.
    if (!amount.isDouble() || amount.toDouble() != static_cast<double>(amount.toInteger()))
        return Violation{QStringLiteral("amount"), QStringLiteral("amount_not_integer"),
                         QT_TRANSLATE_NOOP("Validation", "The amount must be a whole number of points.")};
    if (auto violation = readReasonAndNote(object, &request->reason, &request->note))
        return violation;
    request->amount = amount.toInteger();
    return request->validate();
}

} // namespace loyalty
