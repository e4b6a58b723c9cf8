#include "server/TierEvaluator.h"

#include "core/IsoTime.h"
#include "core/Member.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/MemberMetricColumns.h"

#include <QDateTime>

namespace loyalty::server {

namespace {
// A tier period lasts a year from the upgrade; retention is judged at its end.
constexpr int kTierPeriodMonths = 12;

QList<TierDefinition> tiersOf(const std::shared_ptr<const PublishedLadder> &published)
{
    return published ? published->tiers : QList<TierDefinition>{};
}
} // namespace

TierEvaluator::TierEvaluator(std::shared_ptr<const PublishedLadder> published)
    : m_published(std::move(published)), m_ladder(tiersOf(m_published))
{
}

QString TierEvaluator::standingColumns()
{
    return QStringLiteral("m.id, COALESCE(t.rank, 1), m.status, ") +
           MemberMetricColumns::list(QStringLiteral("m."));
}

MemberStanding TierEvaluator::readStanding(const QSqlQuery &query)
{
    MemberStanding standing;
    standing.memberId = query.value(0).toLongLong();
    standing.rank = query.value(1).toInt();
    standing.blacklisted = memberStatusFromString(query.value(2).toString()) == MemberStatus::Blacklisted;
    standing.metrics = MemberMetricColumns::read(query, 3);
    return standing;
}

bool TierEvaluator::upgradeReads(const QList<TierDefinition> &tiers, TierMetric metric)
{
    for (const TierDefinition &tier : tiers) {
        for (const TierRule::Condition &condition : tier.upgrade.conditions) {
            if (tier.upgrade.kind != TierRule::Kind::Weighted && condition.metric == metric)
                return true;
        }
        for (const TierRule::Weight &weight : tier.upgrade.weights) {
            if (tier.upgrade.kind == TierRule::Kind::Weighted && weight.metric == metric &&
                weight.weight != 0)
                return true;
        }
    }
    return false;
}

TierRef TierEvaluator::tierOf(int rank) const
{
    if (m_published) {
        for (const TierDefinition &tier : m_published->tiers) {
            if (tier.rank == rank)
                return {tier.id, tier.rank, tier.name};
        }
    }
    return {0, rank, {}};
}

Outcome<MemberStanding> TierEvaluator::standing(qint64 memberId)
{
    QSqlQuery &read = Database::prepared(QStringLiteral("SELECT %1 FROM members m LEFT JOIN tiers t ON "
                                                        "t.id = m.tier_id WHERE m.id = ?")
                                             .arg(standingColumns()));
    read.bindValue(0, memberId);
    if (!Database::exec(read))
        return ServiceError::internal();
    if (!read.next()) {
        read.finish();
        return ServiceError::notFound();
    }
    const MemberStanding standing = readStanding(read);
    read.finish();
    return standing;
}

Outcome<TierEvaluation> TierEvaluator::evaluate(qint64 memberId, const AuditRecord &who)
{
    if (!m_published)
        return ServiceError::internal();
    const Outcome<MemberStanding> read = standing(memberId);
    if (!read.ok())
        return read.error();
    TierEvaluation evaluation;
    if (!evaluate(read.value(), who, &evaluation))
        return ServiceError::internal();
    return evaluation;
}

bool TierEvaluator::evaluate(const MemberStanding &standing, const AuditRecord &who,
                             TierEvaluation *evaluation)
{
    const int rank =
        standing.blacklisted ? standing.rank : m_ladder.upgradedRank(standing.rank, standing.metrics);
    evaluation->upgraded = rank > standing.rank;
    evaluation->tier = tierOf(evaluation->upgraded ? rank : standing.rank);
    return !evaluation->upgraded || moveUp(standing, rank, who);
}

bool TierEvaluator::moveUp(const MemberStanding &standing, int rank, const AuditRecord &who)
{
    const TierRef to = tierOf(rank);
    if (to.id <= 0) {
        qCCritical(lcServerDb) << "published ladder" << m_published->version << "has no tier row for rank"
                               << rank;
        return false;
    }
    // A new tier period: the period's spend and points start again from zero.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = now.addMonths(kTierPeriodMonths);
    QSqlQuery &update = Database::prepared(
        QStringLiteral("UPDATE members SET tier_id = ?, tier_since = ?, tier_until = ?, period_spend = 0, "
                       "period_points = 0, tier_at_risk_since = NULL WHERE id = ?"));
    update.bindValue(0, to.id);
    update.bindValue(1, now.toMSecsSinceEpoch());
    update.bindValue(2, until.toMSecsSinceEpoch());
    update.bindValue(3, standing.memberId);
    if (!Database::exec(update))
        return false;

    AuditRecord audit = who;
    audit.action = QStringLiteral("tier.upgrade");
    audit.entity = QStringLiteral("member");
    audit.entityId = QString::number(standing.memberId);
    audit.memberId = standing.memberId;
    const TierRef from = tierOf(standing.rank);
    audit.before = {{QStringLiteral("rank"), standing.rank}, {QStringLiteral("tierId"), from.id}};
    audit.after = who.after;
    audit.after.insert(QStringLiteral("rank"), rank);
    audit.after.insert(QStringLiteral("tierId"), to.id);
    audit.after.insert(QStringLiteral("tierUntil"), toIsoTime(until));
    audit.after.insert(QStringLiteral("ladderVersion"), m_published->version);
    return AuditLog::record(audit);
}

} // namespace loyalty::server
