#include "server/TierAtRiskService.h"

#include "server/Database.h"
#include "server/MemberMetricColumns.h"
#include "server/TierLadderStore.h"

#include <QSqlQuery>

#include <limits>

namespace loyalty::server {

namespace {
// Reads members_at_risk (tier_until, id) in order, from the cursor on.
QString selectSql()
{
    return QStringLiteral(
               "SELECT id, member_no, name, tier_id, tier_until, tier_at_risk_since, %1 FROM members "
               "WHERE tier_at_risk_since IS NOT NULL AND (tier_until, id) > (?, ?) "
               "ORDER BY tier_until, id LIMIT ?")
        .arg(MemberMetricColumns::list());
}
constexpr int kFirstMetricColumn = 6;

// The nearest retention bar still missing, as the member screen names goals. A member who has met a
// condition bar since the flag was set shows no goal until the next run clears the flag.
std::optional<TierProgress::Goal> retainGoal(const TierDefinition &tier, const MemberMetrics &metrics)
{
    const TierRule &rule = tier.retention;
    if (rule.isEmpty() || (rule.kind != TierRule::Kind::Weighted && rule.holds(metrics)))
        return std::nullopt;
    return TierProgress::Goal::forRule(rule, metrics);
}
} // namespace

Outcome<AtRiskPage> TierAtRiskService::list(int limit, const std::optional<PageCursor> &after)
{
    const auto published = TierLadderStore::published();
    if (!published)
        return ServiceError::internal();
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(selectSql());
    const qint64 from = after && after->at ? *after->at : std::numeric_limits<qint64>::min();
    query.bindValue(0, from);
    query.bindValue(1, after ? after->id : 0);
    query.bindValue(2, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    AtRiskPage page;
    qint64 lastUntil = 0;
    while (query.next()) {
        if (page.items.size() == limit) {
            PageCursor cursor;
            cursor.id = page.items.constLast().id;
            cursor.at = lastUntil;
            page.nextCursor = cursor.encode();
            break;
        }
        AtRiskMember member;
        member.id = query.value(0).toLongLong();
        member.memberNo = query.value(1).toString();
        member.name = query.value(2).toString();
        const qint64 tierId = query.value(3).toLongLong();
        lastUntil = query.value(4).toLongLong();
        member.tierUntil = Database::timeFromMs(query.value(4));
        member.atRiskSince = Database::timeFromMs(query.value(5));
        const MemberMetrics metrics = MemberMetricColumns::read(query, kFirstMetricColumn);
        for (const TierDefinition &tier : published->tiers) {
            if (tier.id != tierId)
                continue;
            member.tier = {tier.id, tier.rank, tier.name};
            member.retain = retainGoal(tier, metrics);
        }
        page.items.append(member);
    }
    return page;
}

} // namespace loyalty::server
