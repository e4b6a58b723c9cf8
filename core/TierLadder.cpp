#include "core/TierLadder.h"

#include <QCoreApplication>

#include <algorithm>

namespace loyalty {

namespace {
QString tierField(qsizetype index, const char *part)
{
    return QStringLiteral("tiers[%1].%2").arg(index).arg(QLatin1String(part));
}
} // namespace

TierLadder::TierLadder(QList<TierDefinition> tiers) : m_tiers(std::move(tiers))
{
    std::sort(m_tiers.begin(), m_tiers.end(),
              [](const TierDefinition &a, const TierDefinition &b) { return a.rank < b.rank; });
}

const TierDefinition *TierLadder::byRank(int rank) const
{
    for (const TierDefinition &tier : m_tiers) {
        if (tier.rank == rank)
            return &tier;
    }
    return nullptr;
}

QList<Violation> TierLadder::validate() const
{
    QList<Violation> problems;
    if (m_tiers.size() < kMinTiers || m_tiers.size() > kMaxTiers)
        problems.append({QStringLiteral("tiers"), QStringLiteral("tier_count"),
                         QT_TRANSLATE_NOOP("Validation", "A ladder has 3 to 5 tiers.")});
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        const TierDefinition &tier = m_tiers.at(i);
        if (tier.rank != int(i) + 1)
            problems.append(
                {tierField(i, "rank"), QStringLiteral("ranks_not_contiguous"),
                 QT_TRANSLATE_NOOP("Validation", "Ranks must run 1, 2, 3… without gaps or repeats.")});
        if (tier.name.zhCN.trimmed().isEmpty() || tier.name.zhTW.trimmed().isEmpty() ||
            tier.name.en.trimmed().isEmpty())
            problems.append({tierField(i, "name"), QStringLiteral("name_required"),
                             QT_TRANSLATE_NOOP("Validation", "Name the tier in all three languages.")});
        if (i == 0 && !tier.upgrade.isEmpty())
            problems.append(
                {tierField(i, "upgrade"), QStringLiteral("lowest_has_conditions"),
                 QT_TRANSLATE_NOOP("Validation", "Every member starts in the lowest tier: it has no upgrade "
                                                 "conditions.")});
        if (i > 0 && tier.upgrade.isEmpty())
            problems.append({tierField(i, "upgrade"), QStringLiteral("upgrade_required"),
                             QT_TRANSLATE_NOOP("Validation", "Say what it takes to reach this tier.")});
        for (const auto &[rule, part] :
             {std::pair{&tier.upgrade, "upgrade"}, std::pair{&tier.retention, "retention"}}) {
            if (const std::optional<Violation> broken = rule->validate(tierField(i, part)))
                problems.append(*broken);
        }
        if (!tier.retention.isAtOrBelow(tier.upgrade))
            problems.append(
                {tierField(i, "retention"), QStringLiteral("retention_above_upgrade"),
                 QT_TRANSLATE_NOOP("Validation", "Keeping a tier cannot ask more than reaching it.")});
        // A higher tier asks more on every metric both ask about: otherwise the bars overlap.
        if (i > 1 && !m_tiers.at(i - 1).upgrade.isAtOrBelow(tier.upgrade))
            problems.append({tierField(i, "upgrade"), QStringLiteral("thresholds_overlap"),
                             QT_TRANSLATE_NOOP("Validation", "This tier asks less than the tier below it.")});
        if (tier.benefits.pointsMultiplier <= 0 || tier.benefits.discountPercent < 1 ||
            tier.benefits.discountPercent > 100)
            problems.append(
                {tierField(i, "benefits"), QStringLiteral("benefits_invalid"),
                 QT_TRANSLATE_NOOP("Validation", "The multiplier must be above zero and the discount "
                                                 "from 1 to 100 percent.")});
    }
    return problems;
}

int TierLadder::qualifyingRank(const MemberMetrics &metrics) const
{
    int rank = m_tiers.isEmpty() ? 1 : m_tiers.constFirst().rank;
    for (const TierDefinition &tier : m_tiers) {
        if (tier.rank > rank && tier.upgrade.holds(metrics))
            rank = tier.rank;
    }
    return rank;
}

int TierLadder::upgradedRank(int currentRank, const MemberMetrics &metrics) const
{
    return std::max(currentRank, qualifyingRank(metrics));
}

TierStanding TierLadder::standing(int currentRank, const MemberMetrics &metrics) const
{
    TierStanding standing;
    standing.qualifiesFor = qualifyingRank(metrics);
    if (const TierDefinition *next = byRank(currentRank + 1)) {
        standing.toNext = next->upgrade.closestGap(metrics);
        if (next->upgrade.kind == TierRule::Kind::Weighted)
            standing.nextScoreGap = std::max(0.0, next->upgrade.threshold - next->upgrade.score(metrics));
    }
    const TierDefinition *current = byRank(currentRank);
    standing.retained = !current || current->retention.holds(metrics);
    if (current && !standing.retained)
        standing.toRetain = current->retention.closestGap(metrics);
    // At the period's end: reaching the tier again or meeting its retention bar keeps it; otherwise one
    // tier down, never more, and never below what the metrics reach.
    if (standing.qualifiesFor >= currentRank || standing.retained)
        standing.rankAtPeriodEnd = std::max(currentRank, standing.qualifiesFor);
    else
        standing.rankAtPeriodEnd = std::max(
            {currentRank - 1, standing.qualifiesFor, m_tiers.isEmpty() ? 1 : m_tiers.constFirst().rank});
    return standing;
}

} // namespace loyalty
