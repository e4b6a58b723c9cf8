#include "core/ItemCategory.h"

#include <array>
#include <utility>

namespace loyalty {

namespace {
constexpr std::array<std::pair<ItemCategory, const char *>, 6> kNames{
    {{ItemCategory::Coupon, "coupon"},
     {ItemCategory::VirtualRight, "virtualRight"},
     {ItemCategory::PhysicalGift, "physicalGift"},
     {ItemCategory::Service, "service"},
     {ItemCategory::Lottery, "lottery"},
     {ItemCategory::Charity, "charity"}}};
} // namespace

QString itemCategoryToString(ItemCategory category)
{
    for (const auto &[value, name] : kNames) {
        if (value == category)
            return QString::fromLatin1(name);
    }
    return {};
}

bool itemCategoryFromString(const QString &text, ItemCategory *category)
{
    for (const auto &[value, name] : kNames) {
        if (text == QLatin1String(name)) {
            *category = value;
            return true;
        }
    }
    return false;
}

ItemFulfilment itemFulfilment(ItemCategory category)
{
    switch (category) {
    case ItemCategory::PhysicalGift:
        return ItemFulfilment::Ship;
    case ItemCategory::Charity:
        return ItemFulfilment::Direct;
    case ItemCategory::Coupon:
    case ItemCategory::VirtualRight:
    case ItemCategory::Service:
    case ItemCategory::Lottery:
        break;
    }
    return ItemFulfilment::Code;
}

QString itemFulfilmentToString(ItemFulfilment fulfilment)
{
    switch (fulfilment) {
    case ItemFulfilment::Ship:
        return QStringLiteral("shipped");
    case ItemFulfilment::Code:
        return QStringLiteral("code");
    case ItemFulfilment::Direct:
        break;
    }
    return QStringLiteral("direct");
}

} // namespace loyalty
