#pragma once

#include "core/TierDefinition.h"

#include <QList>

namespace loyalty {

// The ladder of domain.md's examples, the starting point of a new programme (money in fen):
// 普通 Regular; 银卡 Silver at 500 yuan or 3 orders in 3 months (kept with 200 yuan in the period);
// 金卡 Gold at 2,000 yuan or 10 orders (kept with 1,000 yuan, or 5 uses, or 50 completed tasks);
// 钻石 Diamond by a weighted score, spend x 60% per yuan + interactions x 40% >= 5,000 (kept at 2,500).
// Multipliers 1x / 1.5x / 2x / 3x; Gold and Diamond keep lots 18 and 24 months.
QList<TierDefinition> defaultTierLadder();

} // namespace loyalty
