#include "server/DemoRedemptions.h"

#include "server/AfterSalesService.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/RedemptionService.h"
#include "server/Transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace loyalty::server {

namespace {
constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QList<qint64> ids(const QString &sql)
{
    QList<qint64> list;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return list;
    while (query.next())
        list.append(query.value(0).toLongLong());
    return list;
}

// One step of a demo redemption's life in a savepoint of its own: a step a rule refuses (a limit, the
// stock, a tier) leaves nothing and the redemption stops there. Nothing but a database error fails.
class Steps
{
public:
    Steps(QRandomGenerator &random, qint64 now) : m_random(random), m_now(now)
    {
        m_actor.username = QStringLiteral("demo");
    }

    bool failed() const { return m_failed; }
    const UserInfo &actor() const { return m_actor; }

    // A moment after `from`, at most `span` later and never in the future.
    QDateTime after(qint64 from, qint64 span)
    {
        const qint64 room = std::max<qint64>(1, std::min(span, m_now - from));
        return QDateTime::fromMSecsSinceEpoch(from + 1 + qint64(m_random.bounded(double(room))),
                                              QTimeZone::utc());
    }

    template <typename Value> std::optional<Value> run(const std::function<Outcome<Value>()> &step)
    {
        Transaction savepoint;
        if (!savepoint.isActive()) {
            m_failed = true;
            return std::nullopt;
        }
        Outcome<Value> outcome = step();
        if (!outcome.ok()) {
            if (outcome.error().status >= 500)
                m_failed = true;
            return std::nullopt;
        }
        if (!savepoint.commit()) {
            m_failed = true;
            return std::nullopt;
        }
        return outcome.value();
    }

    std::optional<RedemptionView> act(qint64 redemptionId, RedemptionAction action, const QDateTime &at)
    {
        RedemptionCommand command;
        command.actor = m_actor;
        command.redemptionId = redemptionId;
        command.action = action;
        command.at = at;
        if (action == RedemptionAction::Ship) {
            static const QStringList carriers{QStringLiteral("顺丰速运"), QStringLiteral("中通快递"),
                                              QStringLiteral("京东物流")};
            command.shipment.carrier = carriers.at(int(m_random.bounded(qsizetype(carriers.size()))));
            command.shipment.trackingNumber =
                QStringLiteral("SF%1").arg(qint64(m_random.bounded(1e12)), 12, 10, QLatin1Char('0'));
        }
        if (action == RedemptionAction::Cancel)
            command.reason = QStringLiteral("会员申请取消");
        return run<RedemptionView>([&]() { return RedemptionService::actIn(command); });
    }

private:
    QRandomGenerator &m_random;
    qint64 m_now = 0;
    UserInfo m_actor;
    bool m_failed = false;
};

CaseKind pickKind(QRandomGenerator &random, ItemFulfilment fulfilment)
{
    QList<CaseKind> fitting;
    for (CaseKind kind : {CaseKind::NotReceived, CaseKind::Damaged, CaseKind::Lost, CaseKind::WrongItem}) {
        if (CaseRequest::kindFits(kind, fulfilment))
            fitting.append(kind);
    }
    return fitting.at(int(random.bounded(qsizetype(fitting.size()))));
}

CaseResolution pickResolution(QRandomGenerator &random, ItemFulfilment fulfilment, CaseKind kind)
{
    QList<CaseOutcome> outcomes{CaseOutcome::Refund, CaseOutcome::Reject};
    if (fulfilment == ItemFulfilment::Code)
        outcomes.append(CaseOutcome::Reissue);
    if (fulfilment == ItemFulfilment::Ship)
        outcomes.append(CaseOutcome::Reship);
    CaseResolution resolution;
    resolution.outcome = outcomes.at(int(random.bounded(qsizetype(outcomes.size()))));
    resolution.restock = resolution.outcome == CaseOutcome::Refund && fulfilment == ItemFulfilment::Ship &&
                         kind != CaseKind::Lost && random.bounded(2) == 0;
    if (resolution.outcome == CaseOutcome::Reject)
        resolution.reason = QStringLiteral("物流信息显示已签收，超出售后期限");
    return resolution;
}
} // namespace

bool DemoRedemptions::seed(quint32 seed, Summary *summaryOut)
{
    Summary ignored;
    Summary *summary = summaryOut ? summaryOut : &ignored;
    const QList<qint64> items = ids(QStringLiteral("SELECT id FROM items WHERE status = 'on' AND stock > 0"));
    const QList<qint64> members =
        ids(QStringLiteral("SELECT id FROM members WHERE status = 'active' AND balance >= 200 ORDER BY id "
                           "LIMIT 5000"));
    const QList<qint64> existing = ids(QStringLiteral("SELECT id FROM redemptions LIMIT 1"));
    if (items.isEmpty() || members.isEmpty() || !existing.isEmpty())
        return true;

    QRandomGenerator random(seed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Placed over the last 30 days, in order, so the newest id is the newest redemption.
    QList<qint64> times;
    // About one member in three has redeemed this month, up to kTarget.
    const int target = std::clamp(int(members.size() / 3), 20, kTarget);
    for (int i = 0; i < target; ++i)
        times.append(now - 30 * kDayMs + qint64(random.bounded(double(30 * kDayMs - kHourMs))));
    std::sort(times.begin(), times.end());

    Transaction transaction;
    if (!transaction.isActive())
        return false;
    Steps steps(random, now);
    for (const qint64 placedAt : std::as_const(times)) {
        // A pair the mall refuses (tier, limit, balance, schedule) is tried again with others, as a
        // member would pick something else.
        std::optional<RedemptionView> placed;
        for (int attempt = 0; attempt < 8 && !placed; ++attempt) {
            PlaceCommand place;
            place.actor = steps.actor();
            place.request.memberId = members.at(int(random.bounded(qsizetype(members.size()))));
            place.request.itemId = items.at(int(random.bounded(qsizetype(items.size()))));
            place.request.quantity = random.bounded(10) == 0 ? 2 : 1;
            place.at = QDateTime::fromMSecsSinceEpoch(placedAt, QTimeZone::utc());
            placed = steps.run<RedemptionView>([&]() { return RedemptionService::placeIn(place); });
            if (steps.failed())
                return false;
        }
        if (!placed)
            continue;
        ++summary->placed;

        // Its fate: some still wait, some were cancelled, most were delivered and many completed.
        const int fate = int(random.bounded(100));
        if (fate < 12)
            continue;
        if (fate < 22) {
            steps.act(placed->id, RedemptionAction::Cancel, steps.after(placedAt, kDayMs));
            if (steps.failed())
                return false;
            continue;
        }
        const ItemFulfilment fulfilment = placed->fulfilment();
        const QDateTime deliveredAt = steps.after(placedAt, 2 * kDayMs);
        const std::optional<RedemptionView> delivered =
            steps.act(placed->id,
                      fulfilment == ItemFulfilment::Ship ? RedemptionAction::Ship : RedemptionAction::Fulfil,
                      deliveredAt);
        if (steps.failed())
            return false;
        if (!delivered)
            continue;
        qint64 last = deliveredAt.toMSecsSinceEpoch();
        if (fate < 75 && now - last > 3 * kDayMs) {
            const QDateTime completedAt = steps.after(last, 7 * kDayMs);
            if (steps.act(placed->id, RedemptionAction::Complete, completedAt))
                last = completedAt.toMSecsSinceEpoch();
            if (steps.failed())
                return false;
        }
        if (random.bounded(100) >= 15)
            continue;

        CaseCommand open;
        open.actor = steps.actor();
        open.redemptionId = placed->id;
        open.request.kind = pickKind(random, fulfilment);
        open.request.description = QStringLiteral("会员来电反映问题，已登记");
        open.at = steps.after(last, 3 * kDayMs);
        const std::optional<AfterSalesCase> opened =
            steps.run<AfterSalesCase>([&]() { return AfterSalesService::openIn(open); });
        if (steps.failed())
            return false;
        if (!opened)
            continue;
        ++summary->casesOpened;
        if (random.bounded(2) == 0)
            continue; // still open: the support queue has work
        ResolveCommand resolve;
        resolve.actor = steps.actor();
        resolve.caseId = opened->id;
        resolve.request = pickResolution(random, fulfilment, opened->kind);
        resolve.at = steps.after(open.at.toMSecsSinceEpoch(), 2 * kDayMs);
        if (steps.run<ResolvedCase>([&]() { return AfterSalesService::resolveIn(resolve); }))
            ++summary->casesResolved;
        if (steps.failed())
            return false;
    }
    if (!transaction.commit())
        return false;
    qCInfo(lcServerSeed) << "demo redemptions:" << summary->placed << "placed," << summary->casesOpened
                         << "cases opened," << summary->casesResolved << "resolved";
    return true;
}

} // namespace loyalty::server
