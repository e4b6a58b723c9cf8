#include "server/LedgerService.h"

#include "core/Member.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/MemberService.h"
#include "server/TierEvaluator.h"

#include <algorithm>
#include <atomic>
#include <limits>

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace loyalty::server {

namespace {
QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

bool countsAsEarned(const LedgerPosting &posting)
{
    return posting.amount > 0 && (posting.kind == LedgerKind::Earn || posting.kind == LedgerKind::Adjust);
}

// The columns readEntry() expects, in its order.
constexpr char kEntryColumns[] =
    "id, member_id, kind, amount, balance_after, reason, note, actor, source, status, "
    "created_at, expires_at, reverses_entry_id";

LedgerEntry readEntry(const QSqlQuery &query)
{
    LedgerEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.memberId = query.value(1).toLongLong();
    ledgerKindFromString(query.value(2).toString(), &entry.kind);
    entry.amount = query.value(3).toLongLong();
    entry.balanceAfter = query.value(4).toLongLong();
    entry.reason = query.value(5).toString();
    entry.note = query.value(6).toString();
    entry.actor = query.value(7).toString();
    entry.source = query.value(8).toString();
    entry.status = ledgerStatusFromString(query.value(9).toString());
    entry.createdAt = Database::timeFromMs(query.value(10));
    entry.expiresAt = Database::timeFromMs(query.value(11));
    entry.reversesEntryId = query.value(12).toLongLong();
    return entry;
}

bool isMemberActivity(LedgerKind kind)
{
    return kind == LedgerKind::Earn || kind == LedgerKind::Spend;
}

std::atomic<int> g_lotExpiryMonths{12};

ServiceError lotsOutOfStep(qint64 memberId)
{
    // Balance and lots disagree: never post on top of that (--verify finds the member).
    qCCritical(lcServerDb) << "member" << memberId << "has fewer points in open lots than the posting needs";
    return ServiceError::internal();
}
} // namespace

void LedgerService::setLotExpiryMonths(int months)
{
    g_lotExpiryMonths = months;
}

int LedgerService::lotExpiryMonths()
{
    return g_lotExpiryMonths;
}

QDateTime LedgerService::lotExpiry(const QDateTime &earnedAt)
{
    return earnedAt.toUTC().addMonths(g_lotExpiryMonths);
}

LedgerService::LedgerService()
{
    // From the connection's statement cache: a LedgerService per request costs no preparing.
    // The tier that counts is the manual one while it holds; it may keep lots longer than the default.
    m_readMember = &Database::prepared(QStringLiteral(
        "SELECT m.balance, m.lifetime_points, m.status, m.last_active_at, COALESCE(t.lot_expiry_months, 0), "
        "COALESCE(m.tier_since, 0) "
        "FROM members m LEFT JOIN tiers t ON t.id = CASE WHEN m.manual_tier_until > ? THEN m.manual_tier_id "
        "ELSE m.tier_id END WHERE m.id = ?"));
    m_insertEntry = &Database::prepared(QStringLiteral(
        "INSERT INTO ledger_entries (member_id, kind, amount, balance_after, reason, note, actor_id, actor, "
        "source, status, created_at, expires_at, reverses_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'posted', ?, ?, ?)"));
    // Points earned in the tier period ride along in the same UPDATE (a tier metric); a reversal
    // takes them back, never below zero.
    m_updateMember = &Database::prepared(
        QStringLiteral("UPDATE members SET balance = ?, lifetime_points = ?, last_active_at = ?, "
                       "period_points = MAX(0, period_points + ?) WHERE id = ?"));
    m_insertLot = &Database::prepared(
        QStringLiteral("INSERT INTO lots (member_id, entry_id, amount, remaining, earned_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
    m_openLots = &Database::prepared(
        QStringLiteral("SELECT id, remaining, expires_at FROM lots WHERE member_id = ? AND remaining > 0"));
    // expired_at only for expiry entries (COALESCE keeps the last run's time otherwise).
    m_takeLot = &Database::prepared(
        QStringLiteral("UPDATE lots SET remaining = remaining - ?, expired_at = COALESCE(?, "
                       "expired_at) WHERE id = ? AND remaining >= ?"));
    m_insertConsumption = &Database::prepared(
        QStringLiteral("INSERT INTO lot_consumptions (entry_id, lot_id, amount) VALUES (?, ?, ?)"));
    m_consumptionsOf = &Database::prepared(
        QStringLiteral("SELECT lot_id, amount FROM lot_consumptions WHERE entry_id = ? ORDER BY lot_id"));
    m_restoreLot =
        &Database::prepared(QStringLiteral("UPDATE lots SET remaining = remaining + ? WHERE id = ?"));
    m_lotOfEntry = &Database::prepared(QStringLiteral("SELECT id, remaining FROM lots WHERE entry_id = ?"));
    m_reversedEntry = &Database::prepared(
        QStringLiteral("SELECT kind, amount, created_at FROM ledger_entries WHERE id = ?"));
}

std::optional<qint64> LedgerService::periodPointsOf(const LedgerPosting &posting, qint64 createdAt,
                                                    qint64 tierSince)
{
    if (countsAsEarned(posting))
        return createdAt >= tierSince ? posting.amount : 0;
    if (posting.kind != LedgerKind::Reverse || posting.amount >= 0)
        return 0;
    // Taking back an addition: what it added to this period's points goes too.
    m_reversedEntry->bindValue(0, posting.reversesEntryId);
    if (!Database::exec(*m_reversedEntry))
        return std::nullopt;
    qint64 taken = 0;
    if (m_reversedEntry->next()) {
        LedgerKind kind = LedgerKind::Earn;
        const bool earned = ledgerKindFromString(m_reversedEntry->value(0).toString(), &kind) &&
                            (kind == LedgerKind::Earn || kind == LedgerKind::Adjust) &&
                            m_reversedEntry->value(1).toLongLong() > 0;
        if (earned && m_reversedEntry->value(2).toLongLong() >= tierSince)
            taken = posting.amount;
    }
    m_reversedEntry->finish();
    return taken;
}

bool LedgerService::evaluateTier(qint64 memberId, const LedgerPosting &posting)
{
    // Most ladders measure spend, not points: then the points path costs no evaluation.
    const auto published = TierLadderStore::published();
    if (!published)
        return false;
    if (!TierEvaluator::upgradeReads(published->tiers, TierMetric::PeriodPoints))
        return true;
    AuditRecord who;
    who.actorId = posting.actorId;
    who.actorName = posting.actor;
    who.after = {{QStringLiteral("cause"), QStringLiteral("points")}};
    return TierEvaluator(published).evaluate(memberId, who).ok();
}

bool LedgerService::openLot(qint64 memberId, qint64 entryId, qint64 amount, qint64 earnedAt, qint64 expiresAt)
{
    m_insertLot->bindValue(0, memberId);
    m_insertLot->bindValue(1, entryId);
    m_insertLot->bindValue(2, amount);
    m_insertLot->bindValue(3, amount);
    m_insertLot->bindValue(4, earnedAt);
    m_insertLot->bindValue(5, expiresAt);
    if (!Database::exec(*m_insertLot))
        return false;
    if (m_lotsLoaded)
        m_lots.append({m_insertLot->lastInsertId().toLongLong(), amount, expiresAt});
    return true;
}

bool LedgerService::loadOpenLots(qint64 memberId)
{
    if (m_lotsLoaded)
        return true;
    m_lots.clear();
    m_openLots->bindValue(0, memberId);
    if (!Database::exec(*m_openLots))
        return false;
    while (m_openLots->next())
        m_lots.append({m_openLots->value(0).toLongLong(), m_openLots->value(1).toLongLong(),
                       m_openLots->value(2).toLongLong()});
    m_openLots->finish();
    m_lotsLoaded = true;
    return true;
}

bool LedgerService::takeFrom(qint64 entryId, qint64 lotId, qint64 amount, qint64 expiredAt)
{
    m_takeLot->bindValue(0, amount);
    m_takeLot->bindValue(1, expiredAt > 0 ? QVariant(expiredAt) : QVariant(QMetaType::fromType<qint64>()));
    m_takeLot->bindValue(2, lotId);
    m_takeLot->bindValue(3, amount);
    if (!Database::exec(*m_takeLot) || m_takeLot->numRowsAffected() != 1)
        return false;
    m_insertConsumption->bindValue(0, entryId);
    m_insertConsumption->bindValue(1, lotId);
    m_insertConsumption->bindValue(2, amount);
    if (!Database::exec(*m_insertConsumption))
        return false;
    if (m_lotsLoaded)
        m_lots = LotAllocation::apply(m_lots, {{lotId, amount}});
    return true;
}

bool LedgerService::givesBackADeduction(LedgerKind kind, qint64 amount, qint64 reversesEntryId)
{
    if (amount <= 0)
        return false;
    return kind == LedgerKind::Reverse || (kind == LedgerKind::Refund && reversesEntryId > 0);
}

// Applies one posted entry to the lots (everything but opening a new lot).
bool LedgerService::consume(qint64 memberId, qint64 entryId, const LedgerPosting &posting, qint64 createdAt)
{
    if (givesBackADeduction(posting.kind, posting.amount, posting.reversesEntryId)) {
        // Undoing a deduction (a reversal, or a refund of a redemption's spend): the same amounts back
        // to the same lots, expired or not (an expired lot that gets points back is open again until
        // the next expiry run takes them).
        m_consumptionsOf->bindValue(0, posting.reversesEntryId);
        if (!Database::exec(*m_consumptionsOf))
            return false;
        QList<LotTake> takes;
        while (m_consumptionsOf->next())
            takes.append({m_consumptionsOf->value(0).toLongLong(), m_consumptionsOf->value(1).toLongLong()});
        m_consumptionsOf->finish();
        qint64 restored = 0;
        for (const LotTake &take : std::as_const(takes)) {
            m_restoreLot->bindValue(0, take.amount);
            m_restoreLot->bindValue(1, take.lotId);
            if (!Database::exec(*m_restoreLot))
                return false;
            restored += take.amount;
        }
        m_lotsLoaded = false; // restored lots may have been empty: read them again when needed
        if (restored != posting.amount) {
            qCCritical(lcServerDb) << "entry" << posting.reversesEntryId << "took" << restored
                                   << "from lots, not" << posting.amount;
            return false;
        }
        return true;
    }
    if (posting.amount >= 0)
        return true;

    qint64 needed = -posting.amount;
    if (posting.fromLotId > 0) // the expiry run: exactly this lot
        return takeFrom(entryId, posting.fromLotId, needed, createdAt);
    if (!loadOpenLots(memberId))
        return false;
    if (posting.kind == LedgerKind::Reverse) {
        // Undoing an addition: first what is left of its own lot, then the rest FIFO from the others.
        m_lotOfEntry->bindValue(0, posting.reversesEntryId);
        if (!Database::exec(*m_lotOfEntry))
            return false;
        qint64 ownLot = 0;
        qint64 ownRemaining = 0;
        if (m_lotOfEntry->next()) {
            ownLot = m_lotOfEntry->value(0).toLongLong();
            ownRemaining = m_lotOfEntry->value(1).toLongLong();
        }
        m_lotOfEntry->finish();
        const qint64 fromOwn = std::min(needed, ownRemaining);
        if (fromOwn > 0) {
            if (!takeFrom(entryId, ownLot, fromOwn, 0))
                return false;
            needed -= fromOwn;
        }
        if (needed == 0)
            return true;
    }
    const std::optional<QList<LotTake>> takes = LotAllocation::take(m_lots, needed);
    if (!takes) {
        lotsOutOfStep(memberId);
        return false;
    }
    for (const LotTake &take : *takes) {
        if (!takeFrom(entryId, take.lotId, take.amount, 0))
            return false;
    }
    return true;
}

Outcome<PostedEntries> LedgerService::post(qint64 memberId, const QList<LedgerPosting> &postings)
{
    m_readMember->bindValue(0, QDateTime::currentMSecsSinceEpoch());
    m_readMember->bindValue(1, memberId);
    if (!Database::exec(*m_readMember))
        return ServiceError::internal();
    if (!m_readMember->next())
        return ServiceError::notFound();
    qint64 balance = m_readMember->value(0).toLongLong();
    qint64 lifetime = m_readMember->value(1).toLongLong();
    const MemberStatus status = memberStatusFromString(m_readMember->value(2).toString());
    QVariant lastActive = m_readMember->value(3);
    const int expiryMonths = std::max(lotExpiryMonths(), m_readMember->value(4).toInt());
    const qint64 tierSince = m_readMember->value(5).toLongLong();
    m_readMember->finish();
    // Open lots hold exactly the balance: with none, there is nothing to read (a new member).
    m_lots.clear();
    m_lotsLoaded = balance == 0;
    // Points lapse, and a blacklisting forfeits them, whatever the status: only earning and spending stop.
    const bool onlySystem = std::all_of(postings.begin(), postings.end(), [](const LedgerPosting &posting) {
        return posting.kind == LedgerKind::Expire || posting.kind == LedgerKind::Forfeit;
    });
    if (!onlySystem) {
        if (std::optional<ServiceError> refused = ServiceError::memberInactive(status))
            return *refused;
    }

    PostedEntries posted;
    posted.balanceBefore = balance;
    qint64 periodPoints = 0;
    posted.entries.reserve(postings.size());
    for (const LedgerPosting &posting : postings) {
        if (balance + posting.amount < 0)
            return ServiceError::insufficientPoints(balance, -posting.amount);
        balance += posting.amount;
        if (countsAsEarned(posting))
            lifetime += posting.amount;
        const QDateTime createdAt =
            posting.createdAt.isValid() ? posting.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
        // A posting that adds points opens a lot, and the entry shows when it lapses.
        const bool opensLot =
            posting.amount > 0 && !givesBackADeduction(posting.kind, posting.amount, posting.reversesEntryId);
        const QDateTime expiresAt = !opensLot                     ? posting.expiresAt
                                    : posting.expiresAt.isValid() ? posting.expiresAt
                                                                  : createdAt.toUTC().addMonths(expiryMonths);
        if (isMemberActivity(posting.kind) &&
            (lastActive.isNull() || lastActive.toLongLong() < createdAt.toMSecsSinceEpoch()))
            lastActive = createdAt.toMSecsSinceEpoch();

        m_insertEntry->bindValue(0, memberId);
        m_insertEntry->bindValue(1, ledgerKindToString(posting.kind));
        m_insertEntry->bindValue(2, posting.amount);
        m_insertEntry->bindValue(3, balance);
        m_insertEntry->bindValue(4, Database::text(posting.reason));
        m_insertEntry->bindValue(5, Database::text(posting.note));
        m_insertEntry->bindValue(6, posting.actorId > 0 ? QVariant(posting.actorId)
                                                        : QVariant(QMetaType::fromType<qint64>()));
        m_insertEntry->bindValue(7, Database::text(posting.actor));
        m_insertEntry->bindValue(8, Database::text(posting.source));
        m_insertEntry->bindValue(9, createdAt.toMSecsSinceEpoch());
        m_insertEntry->bindValue(10, msOrNull(expiresAt));
        m_insertEntry->bindValue(11, posting.reversesEntryId > 0 ? QVariant(posting.reversesEntryId)
                                                                 : QVariant(QMetaType::fromType<qint64>()));
        if (!Database::exec(*m_insertEntry)) {
            // The unique index on reverses_entry_id: someone reversed it first (SQLite 2067, PostgreSQL
            // 23505).
            const QString code = m_insertEntry->lastError().nativeErrorCode();
            if (posting.reversesEntryId > 0 &&
                (code == QLatin1String("2067") || code == QLatin1String("23505")))
                return ServiceError{
                    422,      QStringLiteral("already_reversed"),
                    "Server", QT_TRANSLATE_NOOP("Server", "This entry has already been reversed."),
                    {},       {}};
            return ServiceError::internal();
        }
        const qint64 entryId = m_insertEntry->lastInsertId().toLongLong();
        const std::optional<qint64> earnedInPeriod =
            periodPointsOf(posting, createdAt.toMSecsSinceEpoch(), tierSince);
        if (!earnedInPeriod)
            return ServiceError::internal();
        periodPoints += *earnedInPeriod;
        if (opensLot ? !openLot(memberId, entryId, posting.amount, createdAt.toMSecsSinceEpoch(),
                                expiresAt.toMSecsSinceEpoch())
                     : !consume(memberId, entryId, posting, createdAt.toMSecsSinceEpoch()))
            return ServiceError::internal();

        LedgerEntry entry;
        entry.id = entryId;
        entry.memberId = memberId;
        entry.kind = posting.kind;
        entry.amount = posting.amount;
        entry.balanceAfter = balance;
        entry.reason = posting.reason;
        entry.note = posting.note;
        entry.actor = posting.actor;
        entry.source = posting.source;
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(createdAt.toMSecsSinceEpoch(), QTimeZone::utc());
        entry.expiresAt = expiresAt.isValid() ? QDateTime::fromMSecsSinceEpoch(expiresAt.toMSecsSinceEpoch(),
                                                                               QTimeZone::utc())
                                              : QDateTime();
        entry.status = LedgerStatus::Posted;
        entry.reversesEntryId = posting.reversesEntryId;
        posted.entries.append(entry);
    }

    m_updateMember->bindValue(0, balance);
    m_updateMember->bindValue(1, lifetime);
    m_updateMember->bindValue(2, lastActive.isNull() ? QVariant(QMetaType::fromType<qint64>()) : lastActive);
    m_updateMember->bindValue(3, periodPoints);
    m_updateMember->bindValue(4, memberId);
    if (!Database::exec(*m_updateMember))
        return ServiceError::internal();
    // Points earned in the period may be an upgrade bar: at once, like any other metric.
    if (periodPoints > 0 && !evaluateTier(memberId, postings.constFirst()))
        return ServiceError::internal();
    return posted;
}

Outcome<LedgerPage> LedgerService::entries(qint64 memberId, int limit,
                                           const std::optional<PageCursor> &before)
{
    return entries(memberId, LedgerFilter(), limit, before);
}

Outcome<LedgerPage> LedgerService::entries(qint64 memberId, const LedgerFilter &filter, int limit,
                                           const std::optional<PageCursor> &before)
{
    if (const std::optional<ServiceError> missing = MemberService::requireMember(memberId))
        return *missing;

    // The member's entries walk (member_id, id) newest first; the filters only drop rows on the way.
    QString where = QStringLiteral("member_id = ? AND id < ?");
    QVariantList binds{memberId, before ? before->id : std::numeric_limits<qint64>::max()};
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (LedgerKind kind : filter.kinds) {
            marks.append(QStringLiteral("?"));
            binds.append(ledgerKindToString(kind));
        }
        where += QStringLiteral(" AND kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        binds.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        binds.append(filter.to.toMSecsSinceEpoch());
    }
    binds.append(limit + 1);
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM ledger_entries WHERE %2 ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(kEntryColumns), where));
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<LedgerEntry>(query, limit, readEntry);
}

Outcome<LedgerEntry> LedgerService::entry(qint64 entryId, bool *reversed)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM ledger_entries r WHERE r.reverses_entry_id = "
                       "ledger_entries.id) FROM ledger_entries WHERE id = ?")
            .arg(QLatin1String(kEntryColumns)));
    query.bindValue(0, entryId);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    *reversed = query.value(13).toLongLong() > 0;
    return readEntry(query);
}

} // namespace loyalty::server
