#include "server/DemoSeeder.h"

#include "core/AdjustmentReason.h"
#include "server/ApprovalService.h"
#include "server/Database.h"
#include "server/DemoCatalogue.h"
#include "server/DemoMetrics.h"
#include "server/DemoNames.h"
#include "server/DemoRedemptions.h"
#include "server/LedgerService.h"
#include "server/Logging.h"
#include "server/MemberMetricColumns.h"
#include "server/TierPeriodEnd.h"
#include "server/TierService.h"
#include "server/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace loyalty::server {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

struct PlannedMember
{
    QString name;
    QString phone;
    QString memberNo;
    qint64 registeredAt = 0;
    qint64 tierId = 0;
    int rank = 1;
    qint64 tierSince = 0;
    QList<LedgerPosting> postings;
};

enum class EventKind
{
    Earn,
    Adjust,
    Spend
};

// A member's history, simulated in memory first so the tier (which sets the earn multiplier) and
// the spends (which must stay covered) follow the balance as it grows.
class HistoryPlanner
{
public:
    HistoryPlanner(QRandomGenerator &random, const QList<TierRecord> &tiers, qint64 now)
        : m_random(random), m_tiers(tiers), m_now(now), m_reasons(AdjustmentReason::codes())
    {
    }

    PlannedMember plan(qint64 sequence)
    {
        PlannedMember member;
        member.name = DemoNames::name(m_random);
        member.phone = DemoNames::phone(sequence);
        member.memberNo = QStringLiteral("88%1").arg(sequence + 1, 8, 10, QLatin1Char('0'));
        member.registeredAt = m_now - m_random.bounded(730) * kDayMs - m_random.bounded(kDayMs);
        const qint64 historyStart = std::max(member.registeredAt, m_now - 365 * kDayMs);

        QList<qint64> times;
        QList<EventKind> kinds;
        const int earns = 5 + m_random.bounded(11);
        const int adjustments = m_random.bounded(100) < 30 ? 1 + m_random.bounded(2) : 0;
        const int spends = m_random.bounded(4);
        for (int i = 0; i < earns; ++i)
            kinds.append(EventKind::Earn);
        for (int i = 0; i < adjustments; ++i)
            kinds.append(EventKind::Adjust);
        for (int i = 0; i < spends; ++i)
            kinds.append(EventKind::Spend);
        std::shuffle(kinds.begin(), kinds.end(), m_random);
        for (qsizetype i = 0; i < kinds.size(); ++i)
            times.append(historyStart +
                         static_cast<qint64>(m_random.generateDouble() * double(m_now - historyStart)));
        std::sort(times.begin(), times.end());

        qint64 balance = 0;
        qint64 lifetime = 0;
        int tier = 0;
        // New members get a welcome grant.
        member.postings.append(
            earn(historyStart, 100, QStringLiteral("welcome"), QStringLiteral("campaign")));
        balance += 100;
        lifetime += 100;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const qint64 at = times.at(i);
            switch (kinds.at(i)) {
            case EventKind::Earn: {
                // Order value in yuan: mostly small baskets, now and then a big one.
                const int yuan =
                    20 + m_random.bounded(280) + (m_random.bounded(100) < 8 ? m_random.bounded(1500) : 0);
                const qint64 points = qRound64(yuan * m_tiers.at(tier).multiplier);
                member.postings.append(earn(at, points, QStringLiteral("order"), QStringLiteral("order")));
                balance += points;
                lifetime += points;
                break;
            }
            case EventKind::Adjust: {
                LedgerPosting posting = base(at, LedgerKind::Adjust, QStringLiteral("manual"));
                posting.reason = m_reasons.at(m_random.bounded(static_cast<int>(m_reasons.size())));
                if (posting.reason == QLatin1String("violation")) {
                    if (balance < 100)
                        continue;
                    posting.amount = -std::min<qint64>(balance, 50 + m_random.bounded(250));
                    posting.note = QStringLiteral("刷单扣回");
                } else {
                    posting.amount = 50 + m_random.bounded(450);
                    posting.note = posting.reason == QLatin1String("other") ? QStringLiteral("门店活动补发")
                                                                            : QStringLiteral("客服处理");
                    lifetime += posting.amount;
                }
                balance += posting.amount;
                member.postings.append(posting);
                break;
            }
            case EventKind::Spend: {
                if (balance < 500)
                    continue;
                LedgerPosting posting = base(at, LedgerKind::Spend, QStringLiteral("redemption"));
                posting.reason = QStringLiteral("redemption");
                posting.amount =
                    -100 * (1 + m_random.bounded(static_cast<int>(std::min<qint64>(balance / 100, 50))));
                balance += posting.amount;
                member.postings.append(posting);
                break;
            }
            }
            while (tier + 1 < m_tiers.size() && lifetime >= m_tiers.at(tier + 1).upgradePoints) {
                ++tier;
                member.tierSince = at;
            }
        }
        member.tierId = m_tiers.at(tier).ref.id;
        member.rank = m_tiers.at(tier).ref.rank;
        if (member.tierSince == 0)
            member.tierSince = member.registeredAt;
        return member;
    }

private:
    static LedgerPosting base(qint64 at, LedgerKind kind, const QString &source)
    {
        LedgerPosting posting;
        posting.kind = kind;
        posting.actor = QStringLiteral("demo");
        posting.source = source;
        posting.createdAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        return posting;
    }

    static LedgerPosting earn(qint64 at, qint64 points, const QString &reason, const QString &source)
    {
        LedgerPosting posting = base(at, LedgerKind::Earn, source);
        posting.amount = points;
        posting.reason = reason;
        // No expiresAt: the ledger applies the rolling expiry, so a year of history leaves lots that
        // lapse over the coming weeks ("expiring in 30 days" on the demo).
        return posting;
    }

    QRandomGenerator &m_random;
    const QList<TierRecord> &m_tiers;
    qint64 m_now;
    QStringList m_reasons;
};

constexpr qint64 kHourMs = 60LL * 60 * 1000;

// The end of the current yearly tier period that started at `since`.
qint64 tierPeriodEnd(qint64 since, qint64 now)
{
    QDateTime end = QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()).addYears(1);
    while (end.toMSecsSinceEpoch() <= now)
        end = end.addYears(1);
    return end.toMSecsSinceEpoch();
}

// A colleague's large adjustments waiting in the Approvals queue, so the four-eyes step has something to
// show. The colleague (support agent 李华) cannot sign in until an administrator sets a password.
bool fileDemoApprovals(QRandomGenerator &random, int members)
{
    if (members < 10)
        return true;
    Transaction transaction;
    if (!transaction.isActive())
        return false;
    QSqlQuery user(Database::connection());
    user.prepare(QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, disabled, "
                                "created_at) VALUES ('lihua', '李华', 'support', '!', 0, ?)"));
    user.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    if (!Database::exec(user))
        return false;
    AdjustmentCommand command;
    command.actor.id = user.lastInsertId().toLongLong();
    command.actor.username = QStringLiteral("lihua");
    command.actor.role = Role::Support;
    command.clientAddress = QStringLiteral("127.0.0.1");
    const QList<std::pair<QString, QString>> asks{
        {QStringLiteral("campaign"), QStringLiteral("双十一活动积分未到账，订单已核实")},
        {QStringLiteral("correction"), QStringLiteral("门店系统重复扣减，补回")},
        {QStringLiteral("campaign"), QStringLiteral("会员日三倍积分漏发")},
        {QStringLiteral("other"), QStringLiteral("大客户投诉补偿，经理口头同意")},
    };
    for (const auto &[reason, note] : asks) {
        command.memberId = 1 + random.bounded(members);
        command.request = {6000 + 500 * random.bounded(20), reason, note};
        if (!ApprovalService::file(command).ok())
            continue; // that member happened to be frozen
    }
    return transaction.commit();
}

qint64 existingMembers()
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

bool DemoSeeder::seed(int members, Summary *summary, bool colleague)
{
    QElapsedTimer timer;
    timer.start();
    const QList<TierRecord> tiers = TierService::ladder();
    const qint64 first = existingMembers();
    if (tiers.isEmpty() || first < 0)
        return false;

    Database::setBulkLoad(true); // a crash mid-seed loses only demo data
    QRandomGenerator random(static_cast<quint32>(20240601 + first));
    // Metrics draw from a stream of their own: the histories, names and statuses stay what they were.
    QRandomGenerator metricsRandom(static_cast<quint32>(20261124 + first));
    HistoryPlanner planner(random, tiers, QDateTime::currentMSecsSinceEpoch());
    LedgerService ledger;
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO members (member_no, name, phone, phone_last4, status, tier_id, balance, "
                       "lifetime_points, registered_at, tier_since, tier_until, %1) "
                       "VALUES (?, ?, ?, ?, 'active', ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(MemberMetricColumns::list()));
    // A few members have share rewards waiting for the friend to open the link, and a few are frozen.
    QSqlQuery pending(Database::connection());
    pending.prepare(QStringLiteral(
        "INSERT INTO pending_entries (member_id, amount, reason, note, source, actor, event_key, deadline, "
        "created_at) VALUES (?, ?, 'share_reward', '', 'task', 'demo', ?, ?, ?)"));
    QSqlQuery freeze(Database::connection());
    freeze.prepare(QStringLiteral("UPDATE members SET status = 'frozen', status_reason = ?, "
                                  "status_changed_at = ? WHERE id = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    bool ok = true;
    int done = 0;
    int reported = 0;
    while (ok && done < members) {
        const int batch = std::min(kMembersPerTransaction, members - done);
        Transaction transaction;
        ok = transaction.isActive();
        for (int i = 0; ok && i < batch; ++i) {
            const PlannedMember member = planner.plan(first + done + i);
            insert.bindValue(0, member.memberNo);
            insert.bindValue(1, member.name);
            insert.bindValue(2, member.phone);
            insert.bindValue(3, member.phone.right(4));
            insert.bindValue(4, member.tierId);
            insert.bindValue(5, member.registeredAt);
            // Above the lowest tier the period is yearly from the upgrade: the current one is shown.
            const bool lowest = member.tierId == tiers.constFirst().ref.id;
            bool retentionCase = false;
            const MemberMetrics metrics = DemoMetrics::forRank(metricsRandom, member.rank, &retentionCase);
            // Some of those about to lose their tier are in the warning window (the last 30 days).
            const qint64 periodEnd =
                retentionCase && metricsRandom.bounded(100) < 40
                    ? now + (1 + metricsRandom.bounded(29)) * kDayMs + metricsRandom.bounded(kDayMs)
                    : tierPeriodEnd(member.tierSince, now);
            const qint64 periodStart = std::max(
                member.tierSince,
                QDateTime::fromMSecsSinceEpoch(periodEnd, QTimeZone::utc()).addYears(-1).toMSecsSinceEpoch());
            insert.bindValue(6, lowest ? member.tierSince : periodStart);
            insert.bindValue(7, lowest ? QVariant(QMetaType::fromType<qint64>()) : QVariant(periodEnd));
            for (size_t m = 0; m < metrics.values.size(); ++m)
                insert.bindValue(8 + int(m), metrics.values[m]);
            ok = Database::exec(insert);
            if (!ok)
                break;
            const qint64 memberId = insert.lastInsertId().toLongLong();
            const Outcome<PostedEntries> posted = ledger.post(memberId, member.postings);
            if (!posted.ok()) {
                qCWarning(lcServerSeed) << "posting refused:" << posted.error().code;
                ok = false;
                break;
            }
            summary->entries += posted.value().entries.size();
            if (random.bounded(100) < 5) {
                pending.bindValue(0, memberId);
                pending.bindValue(1, 20 + random.bounded(180));
                pending.bindValue(2, QStringLiteral("share:%1").arg(member.memberNo));
                pending.bindValue(3, now + (1 + random.bounded(7)) * kDayMs);
                pending.bindValue(4, now - random.bounded(3 * 24) * kHourMs);
                ok = Database::exec(pending);
            }
            if (ok && random.bounded(1000) < 3) {
                freeze.bindValue(0, QStringLiteral("疑似刷单，待核实"));
                freeze.bindValue(1, now - random.bounded(30 * 24) * kHourMs);
                freeze.bindValue(2, memberId);
                ok = Database::exec(freeze);
            }
        }
        ok = ok && transaction.commit();
        if (!ok)
            break;
        done += batch;
        summary->members = done;
        if (done - reported >= 10000 || done == members) {
            reported = done;
            std::fprintf(stderr, "seeded %d / %d members (%.0f members/s)\n", done, members,
                         done / std::max(0.001, timer.elapsed() / 1000.0));
            std::fflush(stderr);
        }
    }
    Database::setBulkLoad(false);
    if (ok && colleague && first == 0)
        ok = fileDemoApprovals(random, members);
    if (ok) {
        // The mall, once: seeding more members later keeps the catalogue as it is.
        const int items = DemoCatalogue::seed();
        ok = items >= 0;
        if (items > 0)
            std::fprintf(stderr, "seeded %d mall items\n", items);
    }
    if (ok)
        ok = DemoRedemptions::seed(20260601u + quint32(first)); // over the catalogue, once
    if (ok) {
        // The warning window as the daily run leaves it, so the at-risk list has its sprint members
        // before the first scheduled run.
        TierPeriodEnd::Summary flagged;
        ok = TierPeriodEnd::run(TierPeriodEnd::defaults(), &flagged);
        std::fprintf(stderr, "flagged %lld members at risk of losing their tier\n",
                     static_cast<long long>(flagged.warned));
    }
    if (ok) {
        // Planner statistics from a sample: fast even on millions of rows.
        Database::exec(QStringLiteral("PRAGMA analysis_limit=1000"));
        Database::exec(QStringLiteral("ANALYZE"));
    }
    summary->seconds = timer.elapsed() / 1000.0;
    return ok;
}

} // namespace loyalty::server
