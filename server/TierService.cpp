#include "server/TierService.h"

#include "server/Database.h"

#include <QSqlQuery>

namespace loyalty::server {

QList<TierRecord> TierService::ladder()
{
    QList<TierRecord> tiers;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, rank, name_zh_cn, name_zh_tw, name_en, multiplier, upgrade_points "
                       "FROM tiers ORDER BY rank"));
    if (!Database::exec(query))
        return tiers;
    while (query.next()) {
        TierRecord tier;
        tier.ref.id = query.value(0).toLongLong();
        tier.ref.rank = query.value(1).toInt();
        tier.ref.name = {query.value(2).toString(), query.value(3).toString(), query.value(4).toString()};
        tier.multiplier = query.value(5).toDouble();
        tier.upgradePoints = query.value(6).toLongLong();
        tiers.append(tier);
    }
    return tiers;
}

std::optional<TierRecord> TierService::find(qint64 id)
{
    for (const TierRecord &tier : ladder()) {
        if (tier.ref.id == id)
            return tier;
    }
    return std::nullopt;
}

} // namespace loyalty::server
