#pragma once

namespace loyalty {

// What a tier gives its members.
struct TierBenefits
{
    double pointsMultiplier = 1.0; // 1x / 1.5x / 2x / 3x
    int discountPercent = 100;     // 95 = 9.5 折
    bool freeShipping = false;
    bool priorityService = false;
    double birthdayMultiplier = 1.0; // points in the birthday month
    int birthdayGiftPoints = 0;
    int lotExpiryMonths = 0; // a longer expiry for lots earned in the tier (0: the programme's)
    bool operator==(const TierBenefits &) const = default;
};

} // namespace loyalty
