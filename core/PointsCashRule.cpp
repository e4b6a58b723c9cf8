#include "core/PointsCashRule.h"

#include <QCoreApplication>

namespace loyalty {

int PointsCashRule::maxPercent(qint64 orderFen) const
{
    int percent = 0;
    for (const Step &step : steps) {
        if (orderFen >= step.minOrderFen)
            percent = step.percent;
    }
    return percent;
}

qint64 PointsCashRule::maxPointsShareFen(qint64 orderFen) const
{
    if (orderFen <= 0)
        return 0;
    return orderFen * maxPercent(orderFen) / 100;
}

qint64 PointsCashRule::maxPoints(qint64 orderFen) const
{
    // fen -> points: 1 yuan = 100 fen = pointsPerYuan points.
    if (pointsPerYuan <= 0)
        return 0;
    return maxPointsShareFen(orderFen) * pointsPerYuan / 100;
}

qint64 PointsCashRule::pointsValueFen(qint64 points) const
{
    if (pointsPerYuan <= 0)
        return 0;
    return points * 100 / pointsPerYuan;
}

std::optional<Violation> PointsCashRule::checkItemPrice(qint64 pointsPrice, qint64 cashFen) const
{
    if (cashFen <= 0)
        return std::nullopt;
    const qint64 pointsFen = pointsValueFen(pointsPrice);
    const qint64 total = pointsFen + cashFen;
    const int percent = maxPercent(total);
    if (percent == 0 && pointsFen > 0)
        return Violation{QStringLiteral("pointsPrice"), QStringLiteral("points_share_not_allowed"),
                         QT_TRANSLATE_NOOP("Validation", "An item priced this low cannot mix points and "
                                                         "cash: make it points only or raise the price.")};
    // Compared in whole numbers: pointsFen / total <= percent / 100.
    if (pointsFen * 100 > total * percent)
        return Violation{QStringLiteral("pointsPrice"), QStringLiteral("points_share_too_high"),
                         QT_TRANSLATE_NOOP("Validation", "The points part of the price is above the share "
                                                         "of the total that points may pay.")};
    return std::nullopt;
}

} // namespace loyalty
