#include "server/TierService.h"

#include "server/Database.h"

#include <QSqlQuery>

namespace loyalty::server {

QJsonObject TierRecord::toJson() const
{
    QJsonObject object = ref.toJson();
    object.insert(QStringLiteral("color"), color);
    object.insert(QStringLiteral("multiplier"), multiplier);
    object.insert(QStringLiteral("upgradePoints"), upgradePoints);
    object.insert(QStringLiteral("retentionPoints"), retentionPoints);
    object.insert(QStringLiteral("lotExpiryMonths"), lotExpiryMonths);
    return object;
}

QList<TierRecord> TierService::ladder()
{
    QList<TierRecord> tiers;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, rank, name_zh_cn, name_zh_tw, name_en, color, multiplier, "
                       "upgrade_points, retention_points, lot_expiry_months FROM tiers ORDER BY rank"));
    if (!Database::exec(query))
        return tiers;
    while (query.next()) {
        TierRecord tier;
        tier.ref.id = query.value(0).toLongLong();
        tier.ref.rank = query.value(1).toInt();
        tier.ref.name = {query.value(2).toString(), query.value(3).toString(), query.value(4).toString()};
        tier.color = query.value(5).toString();
        tier.multiplier = query.value(6).toDouble();
        tier.upgradePoints = query.value(7).toLongLong();
        tier.retentionPoints = query.value(8).toLongLong();
        tier.lotExpiryMonths = query.value(9).toInt();
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
