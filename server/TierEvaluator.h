#pragma once

#include "core/MemberMetrics.h"
#include "core/TierRef.h"
#include "server/AuditLog.h"
#include "server/Outcome.h"
#include "server/TierLadderStore.h"

#include <QSqlQuery>

#include <memory>

namespace loyalty::server {

// A member as evaluation reads them: the engine tier (never the manual one) and the metrics.
struct MemberStanding
{
    qint64 memberId = 0;
    int rank = 1;
    bool blacklisted = false;
    MemberMetrics metrics;
};

struct TierEvaluation
{
    TierRef tier; // the engine tier after evaluation
    bool upgraded = false;
};

// Upgrades at once: after a member's metrics change (an event, points earned) or after a publish, the
// published ladder decides whether the member reaches a higher rank; if so the member moves up in the
// caller's transaction and a new tier period starts. Never down (that is the period end's business);
// blacklisted members keep their tier whatever their metrics say.
class TierEvaluator
{
public:
    explicit TierEvaluator(std::shared_ptr<const PublishedLadder> published);
    bool isValid() const { return m_published != nullptr; }
    const PublishedLadder &published() const { return *m_published; }

    // The columns readStanding() expects, in its order, for "SELECT ... FROM members m JOIN tiers t".
    static QString standingColumns();
    static MemberStanding readStanding(const QSqlQuery &query);

    // Whether an upgrade rule of the ladder reads `metric`: the points hot path evaluates only then.
    static bool upgradeReads(const QList<TierDefinition> &tiers, TierMetric metric);

    // The member's engine tier and metrics as they are; 404 for no such member.
    static Outcome<MemberStanding> standing(qint64 memberId);

    // Reads the member and moves them up when the ladder says so. `who` names the actor and, in its
    // `after`, the cause (written to the tier.upgrade audit row). 404 for no such member.
    Outcome<TierEvaluation> evaluate(qint64 memberId, const AuditRecord &who);
    // The same from a standing already read (the evaluate-all job); false on a database error.
    bool evaluate(const MemberStanding &standing, const AuditRecord &who, TierEvaluation *evaluation);

    // The published tier of a rank as members see it.
    TierRef tierOf(int rank) const;

private:
    bool moveUp(const MemberStanding &standing, int rank, const AuditRecord &who);

    std::shared_ptr<const PublishedLadder> m_published;
    TierLadder m_ladder;
};

} // namespace loyalty::server
