#pragma once

#include <QString>

namespace loyalty {

// What a mall item is; it decides how a redemption of it is delivered (see itemFulfilment).
enum class ItemCategory
{
    Coupon,
    VirtualRight,
    PhysicalGift,
    Service,
    Lottery, // lottery / blind box: the draw's prize is issued as a code
    Charity
};

// How a redemption reaches the member. Ship: carrier + tracking number (physicalGift only). Code: a
// code is issued (coupon, virtualRight, service voucher, lottery prize). Direct: nothing to deliver
// (charity: the donation is made on the member's behalf and marked fulfilled without a code).
enum class ItemFulfilment
{
    Ship,
    Code,
    Direct
};

QString itemCategoryToString(ItemCategory category);
// Returns false for a word that is not a category.
bool itemCategoryFromString(const QString &text, ItemCategory *category);
ItemFulfilment itemFulfilment(ItemCategory category);
// The redemption JSON's `fulfilment`: shipped, code or direct.
QString itemFulfilmentToString(ItemFulfilment fulfilment);
inline bool itemShipsPhysically(ItemCategory category)
{
    return itemFulfilment(category) == ItemFulfilment::Ship;
}
inline bool itemIsFulfilledWithCode(ItemCategory category)
{
    return itemFulfilment(category) == ItemFulfilment::Code;
}

} // namespace loyalty
