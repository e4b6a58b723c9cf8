#include "server/TierPeriodEnd.h"

#include "core/IsoTime.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/MemberMetricColumns.h"
#include "server/RecentOrdersWindow.h"
#include "server/TierLadderStore.h"
#include "server/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <vector>

namespace loyalty::server {

namespace {
std::atomic<int> g_warningDays{30};
std::atomic<int> g_periodMonths{12};

// Members with something to do: the period is over or ends within the window, or a flag to review.
QString selectSql()
{
    return QStringLiteral(
               "SELECT id, tier_id, tier_until, tier_at_risk_since, %1 FROM members WHERE id > ? AND "
               "((tier_until IS NOT NULL AND tier_until <= ?) OR tier_at_risk_since IS NOT NULL) "
               "ORDER BY id LIMIT ?")
        .arg(MemberMetricColumns::list());
}
constexpr int kFirstMetricColumn = 4;

struct Row
{
    qint64 id = 0;
    qint64 tierId = 0;
    qint64 tierUntil = 0; // 0: NULL
    bool flagged = false;
    MemberMetrics metrics;
};

// The published ladder as the run needs it: rank by tiers row and back.
struct Ranks
{
    TierLadder ladder{QList<TierDefinition>()};
    QHash<qint64, int> rankOf;
    QHash<int, qint64> idOf;
    int lowest = 1;
};

bool loadRanks(Ranks *ranks)
{
    const auto published = TierLadderStore::published();
    if (!published || published->tiers.isEmpty())
        return false;
    ranks->ladder = published->ladder();
    ranks->lowest = ranks->ladder.tiers().constFirst().rank;
    for (const TierDefinition &tier : published->tiers) {
        ranks->rankOf.insert(tier.id, tier.rank);
        ranks->idOf.insert(tier.rank, tier.id);
    }
    return true;
}

QJsonObject tierState(qint64 tierId, int rank, qint64 until)
{
    return {{QStringLiteral("tierId"), tierId},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("tierUntil"),
             until > 0 ? QJsonValue(toIsoTime(QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc())))
                       : QJsonValue()}};
}

class Batch
{
public:
    Batch(const Ranks &ranks, const TierPeriodEnd::Settings &settings)
        : m_ranks(ranks), m_settings(settings), m_now(settings.now.toMSecsSinceEpoch()),
          m_windowEnd(settings.now.addDays(settings.warningDays).toMSecsSinceEpoch())
    {
    }

    bool prepare()
    {
        m_select.setForwardOnly(true);
        return m_select.prepare(selectSql()) &&
               m_judge.prepare(QStringLiteral(
                   "UPDATE members SET tier_id = ?, tier_since = ?, tier_until = ?, period_spend = 0, "
                   "period_points = 0, tier_at_risk_since = NULL WHERE id = ? AND tier_until = ?")) &&
               m_flag.prepare(QStringLiteral("UPDATE members SET tier_at_risk_since = ? WHERE id = ? AND "
                                             "tier_at_risk_since IS NULL")) &&
               m_clear.prepare(QStringLiteral("UPDATE members SET tier_at_risk_since = NULL WHERE id = ?"));
    }

    // One batch after `fromId`, inside the caller's transaction. `lastId`: 0 when nothing was left.
    bool run(qint64 fromId, TierPeriodEnd::Summary *summary, qint64 *lastId, qint64 *rows)
    {
        *lastId = 0;
        m_select.bindValue(0, fromId);
        m_select.bindValue(1, m_windowEnd);
        m_select.bindValue(2, std::max(1, m_settings.batchSize));
        if (!Database::exec(m_select))
            return false;
        m_rows.clear();
        while (m_select.next()) {
            Row row;
            row.id = m_select.value(0).toLongLong();
            row.tierId = m_select.value(1).toLongLong();
            row.tierUntil = m_select.value(2).isNull() ? 0 : m_select.value(2).toLongLong();
            row.flagged = !m_select.value(3).isNull();
            row.metrics = MemberMetricColumns::read(m_select, kFirstMetricColumn);
            m_rows.push_back(row);
        }
        m_select.finish();
        *rows = qint64(m_rows.size());
        for (const Row &row : m_rows) {
            if (!handle(row, summary))
                return false;
        }
        if (!m_rows.empty())
            *lastId = m_rows.back().id;
        return true;
    }

private:
    bool handle(const Row &row, TierPeriodEnd::Summary *summary)
    {
        const int rank = m_ranks.rankOf.value(row.tierId, m_ranks.lowest);
        if (rank <= m_ranks.lowest || row.tierUntil == 0)
            return !row.flagged || clear(row, summary); // nothing to keep in the lowest tier
        const TierStanding standing = m_ranks.ladder.standing(rank, row.metrics);
        // Upgrades happen at once on events: the period end only keeps or takes one tier away.
        const int rankAfter = std::min(rank, standing.rankAtPeriodEnd);
        if (row.tierUntil <= m_now)
            return judge(row, rank, rankAfter, summary);
        const bool atRisk = row.tierUntil <= m_windowEnd && rankAfter < rank;
        if (atRisk && !row.flagged) {
            m_flag.bindValue(0, m_now);
            m_flag.bindValue(1, row.id);
            if (!Database::exec(m_flag))
                return false;
            ++summary->warned;
        } else if (!atRisk && row.flagged) {
            return clear(row, summary);
        }
        return true;
    }

    bool clear(const Row &row, TierPeriodEnd::Summary *summary)
    {
        m_clear.bindValue(0, row.id);
        if (!Database::exec(m_clear))
            return false;
        ++summary->cleared;
        return true;
    }

    bool judge(const Row &row, int rank, int rankAfter, TierPeriodEnd::Summary *summary)
    {
        const qint64 tierId = m_ranks.idOf.value(rankAfter, 0);
        if (tierId == 0)
            return false; // the published ladder names no tiers row for the rank: never guess
        const qint64 since = row.tierUntil;
        const qint64 until = rankAfter > m_ranks.lowest
                                 ? QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc())
                                       .addMonths(m_settings.periodMonths)
                                       .toMSecsSinceEpoch()
                                 : 0;
        m_judge.bindValue(0, tierId);
        m_judge.bindValue(1, since);
        m_judge.bindValue(2, until > 0 ? QVariant(until) : QVariant(QMetaType::fromType<qint64>()));
        m_judge.bindValue(3, row.id);
        m_judge.bindValue(4, row.tierUntil);
        if (!Database::exec(m_judge))
            return false;
        ++summary->members;
        if (rankAfter == rank) {
            ++summary->kept;
            return true;
        }
        ++summary->down;
        AuditRecord audit;
        audit.actorName = QStringLiteral("system");
        audit.action = QStringLiteral("tier.downgrade");
        audit.entity = QStringLiteral("member");
        audit.entityId = QString::number(row.id);
        audit.memberId = row.id;
        audit.before = tierState(row.tierId, rank, row.tierUntil);
        audit.after = tierState(tierId, rankAfter, until);
        return AuditLog::record(audit);
    }

    const Ranks &m_ranks;
    const TierPeriodEnd::Settings &m_settings;
    const qint64 m_now;
    const qint64 m_windowEnd;
    QSqlQuery m_select{Database::connection()};
    QSqlQuery m_judge{Database::connection()};
    QSqlQuery m_flag{Database::connection()};
    QSqlQuery m_clear{Database::connection()};
    std::vector<Row> m_rows;
};

qint64 largestMemberId(bool *ok)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    *ok = query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members")) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}
} // namespace

QJsonObject TierPeriodEnd::Summary::toJson() const
{
    return {{QStringLiteral("members"), members},
            {QStringLiteral("kept"), kept},
            {QStringLiteral("down"), down},
            {QStringLiteral("warned"), warned},
            {QStringLiteral("cleared"), cleared},
            {QStringLiteral("scanned"), scanned},
            {QStringLiteral("ordersLeftWindow"), ordersLeft},
            {QStringLiteral("seconds"), seconds}};
}

void TierPeriodEnd::setDefaults(int warningDays, int periodMonths)
{
    g_warningDays = warningDays;
    g_periodMonths = periodMonths;
}

TierPeriodEnd::Settings TierPeriodEnd::defaults()
{
    Settings settings;
    settings.now = QDateTime::currentDateTimeUtc();
    settings.warningDays = g_warningDays;
    settings.periodMonths = g_periodMonths;
    return settings;
}

bool TierPeriodEnd::run(const Settings &settings, Summary *summary)
{
    QElapsedTimer timer;
    timer.start();
    if (!RecentOrdersWindow::advance(settings.now, &summary->ordersLeft))
        return false;
    Ranks ranks;
    if (!loadRanks(&ranks))
        return false;
    bool ok = false;
    const qint64 maxId = largestMemberId(&ok); // for the progress estimate only
    if (!ok)
        return false;
    Batch batch(ranks, settings);
    if (!batch.prepare()) {
        qCWarning(lcServerDb) << "cannot prepare the tier period-end statements";
        return false;
    }
    qint64 fromId = 0;
    for (;;) {
        qint64 lastId = 0;
        qint64 rows = 0;
        {
            Transaction transaction;
            if (!transaction.isActive() || !batch.run(fromId, summary, &lastId, &rows) ||
                !transaction.commit())
                return false;
        }
        summary->scanned += rows;
        summary->seconds = double(timer.elapsed()) / 1000.0;
        if (rows == 0)
            break;
        ++summary->batches;
        fromId = lastId;
        const bool done = rows < std::max(1, settings.batchSize);
        const double fraction =
            done ? 1.0 : std::clamp(maxId > 0 ? double(fromId) / double(maxId) : 1.0, 0.0, 1.0);
        if (settings.onBatch && !settings.onBatch(*summary, fraction)) {
            summary->cancelled = true;
            break;
        }
        if (done)
            break;
    }
    summary->seconds = double(timer.elapsed()) / 1000.0;
    qCInfo(lcServerDb) << "tier period end:" << summary->toJson();
    return true;
}

} // namespace loyalty::server
