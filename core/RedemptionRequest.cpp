#include "core/RedemptionRequest.h"

#include <QCoreApplication>

#include <algorithm>

namespace loyalty {

namespace {
Violation violation(const char *field, const char *code, const char *text)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), text};
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}
} // namespace

std::optional<Violation> RedemptionRequest::validate() const
{
    if (memberId <= 0)
        return violation("memberId", "member_required", QT_TRANSLATE_NOOP("Validation", "Choose a member."));
    if (itemId <= 0)
        return violation("itemId", "item_required", QT_TRANSLATE_NOOP("Validation", "Choose an item."));
    if (quantity < 1 || quantity > kMaxQuantity)
        return violation("quantity", "quantity_out_of_range",
                         QT_TRANSLATE_NOOP("Validation", "The quantity must be from 1 to 99."));
    return std::nullopt;
}

QJsonObject RedemptionRequest::toJson() const
{
    return {{QStringLiteral("memberId"), memberId},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("quantity"), quantity}};
}

std::optional<Violation> RedemptionRequest::fromJson(const QJsonObject &object, RedemptionRequest *request)
{
    const QJsonValue memberId = object.value(QStringLiteral("memberId"));
    if (!isWholeNumber(memberId))
        return violation("memberId", "member_required", QT_TRANSLATE_NOOP("Validation", "Choose a member."));
    const QJsonValue itemId = object.value(QStringLiteral("itemId"));
    if (!isWholeNumber(itemId))
        return violation("itemId", "item_required", QT_TRANSLATE_NOOP("Validation", "Choose an item."));
    const QJsonValue quantity = object.value(QStringLiteral("quantity"));
    if (!quantity.isUndefined() && !isWholeNumber(quantity))
        return violation("quantity", "quantity_not_integer",
                         QT_TRANSLATE_NOOP("Validation", "The quantity must be a whole number."));
    request->memberId = memberId.toInteger();
    request->itemId = itemId.toInteger();
    // Clamped into int's range first so a huge number is refused, not wrapped into range.
    request->quantity =
        quantity.isUndefined() ? 1 : int(std::clamp<qint64>(quantity.toInteger(), -1, kMaxQuantity + 1));
    return request->validate();
}

} // namespace loyalty
