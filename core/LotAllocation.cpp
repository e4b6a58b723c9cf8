#include "core/LotAllocation.h"

#include <algorithm>

namespace loyalty {

namespace {
QList<OpenLot> shifted(const QList<OpenLot> &lots, const QList<LotTake> &takes, qint64 sign)
{
    QList<OpenLot> result = lots;
    for (const LotTake &take : takes) {
        for (OpenLot &lot : result) {
            if (lot.id == take.lotId) {
                lot.remaining += sign * take.amount;
                break;
            }
        }
    }
    return result;
}
} // namespace

std::optional<QList<LotTake>> LotAllocation::take(const QList<OpenLot> &lots, qint64 amount)
{
    if (amount <= 0 || total(lots) < amount)
        return std::nullopt;
    QList<OpenLot> order = lots;
    std::sort(order.begin(), order.end(), [](const OpenLot &a, const OpenLot &b) {
        return a.expiresAt != b.expiresAt ? a.expiresAt < b.expiresAt : a.id < b.id;
    });
    QList<LotTake> takes;
    qint64 left = amount;
    for (const OpenLot &lot : order) {
        if (left == 0)
            break;
        if (lot.remaining <= 0)
            continue;
        const qint64 taken = std::min(left, lot.remaining);
        takes.append({lot.id, taken});
        left -= taken;
    }
    return takes;
}

QList<OpenLot> LotAllocation::apply(const QList<OpenLot> &lots, const QList<LotTake> &takes)
{
    return shifted(lots, takes, -1);
}

QList<OpenLot> LotAllocation::restore(const QList<OpenLot> &lots, const QList<LotTake> &takes)
{
    return shifted(lots, takes, 1);
}

qint64 LotAllocation::total(const QList<OpenLot> &lots)
{
    qint64 sum = 0;
    for (const OpenLot &lot : lots)
        sum += std::max<qint64>(0, lot.remaining);
    return sum;
}

} // namespace loyalty
