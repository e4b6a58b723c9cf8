#include "server/MemberService.h"

#include "core/PhoneMask.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/TierEvaluator.h"
#include "server/TierLadderStore.h"
#include "server/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace loyalty::server {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// LEFT JOIN keeps members the outer table, so SQLite walks the members index the WHERE picked. The
// tier shown is the manual one while it holds (binding 2 is now).
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.member_no, m.name, m.phone, m.status, m.balance, m.lifetime_points, m.registered_at, "
    "m.last_active_at, t.id, t.rank, t.name_zh_cn, t.name_zh_tw, t.name_en, "
    "(SELECT COALESCE(SUM(l.remaining), 0) FROM lots l WHERE l.member_id = m.id AND l.remaining > 0 "
    "AND l.expires_at >= ? AND l.expires_at <= ?), "
    "(SELECT COALESCE(SUM(p.amount), 0) FROM pending_entries p WHERE p.member_id = m.id AND p.status = "
    "'pending'), m.status_reason, m.status_changed_at, m.tier_since, m.tier_until, m.manual_tier_until, "
    "m.manual_tier_reason, m.manual_tier_actor, m.manual_tier_since, m.tier_at_risk_since "
    "FROM members m LEFT JOIN tiers t ON t.id = CASE WHEN m.manual_tier_until > ? THEN m.manual_tier_id "
    "ELSE m.tier_id END ");
constexpr int kFirstFilterBinding = 3;

Member readMember(const QSqlQuery &query)
{
    Member member;
    member.id = query.value(0).toLongLong();
    member.memberNo = query.value(1).toString();
    member.name = query.value(2).toString();
    member.phone = maskPhone(query.value(3).toString());
    member.status = memberStatusFromString(query.value(4).toString());
    member.balance = query.value(5).toLongLong();
    member.lifetimePoints = query.value(6).toLongLong();
    member.registeredAt = Database::timeFromMs(query.value(7));
    member.lastActiveAt = Database::timeFromMs(query.value(8));
    member.tier.id = query.value(9).toLongLong();
    member.tier.rank = query.value(10).toInt();
    member.tier.name = {query.value(11).toString(), query.value(12).toString(), query.value(13).toString()};
    member.expiringPoints30d = query.value(14).toLongLong();
    member.pendingPoints = query.value(15).toLongLong();
    member.statusReason = query.value(16).toString();
    member.statusChangedAt = Database::timeFromMs(query.value(17));
    member.tierAtRisk = !query.value(24).isNull();
    const QDateTime manualUntil = Database::timeFromMs(query.value(20));
    if (manualUntil.isValid() && manualUntil > QDateTime::currentDateTimeUtc()) {
        member.manualTier = ManualTier{query.value(21).toString(), manualUntil, query.value(22).toString()};
        member.tierSince = Database::timeFromMs(query.value(23));
        member.tierUntil = manualUntil;
    } else {
        member.tierSince = Database::timeFromMs(query.value(18));
        member.tierUntil = Database::timeFromMs(query.value(19));
    }
    return member;
}

// Exact: what is left in open lots that lapse within 30 days, counting lots already past their expiry
// that the next expiry run has yet to take (they lapse sooner still).
void bindExpiryWindow(QSqlQuery &query)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.bindValue(0, 0);
    query.bindValue(1, now + 30 * kDayMs);
    query.bindValue(2, now);
}

// Progress from the published rules: toward the next rank's upgrade rule, and toward keeping the
// tier (its retention rule) by the end of the period.
bool addProgress(Member *member)
{
    const auto published = TierLadderStore::published();
    if (!published)
        return false;
    const Outcome<MemberStanding> standing = TierEvaluator::standing(member->id);
    if (!standing.ok())
        return false;
    const MemberMetrics &metrics = standing.value().metrics;
    const TierLadder ladder = published->ladder();
    const int rank = member->tier.rank; // the tier shown: the manual one while it holds

    TierProgress progress;
    for (const TierDefinition &tier : ladder.tiers()) {
        if (tier.rank == rank + 1) {
            progress.nextTier = TierRef{tier.id, tier.rank, tier.name};
            progress.toNext = TierProgress::Goal::forRule(tier.upgrade, metrics);
        }
        // A manual tier holds until its end whatever the member does: nothing to keep it with. An
        // empty retention rule keeps the tier without conditions.
        if (tier.rank == rank && rank > ladder.tiers().constFirst().rank && member->tierUntil.isValid() &&
            !member->manualTier && !tier.retention.isEmpty()) {
            progress.retainApplies = true;
            progress.toRetain = TierProgress::Goal::forRule(tier.retention, metrics);
            progress.retainBy = member->tierUntil;
        }
    }
    member->tierProgress = progress;
    return true;
}

// The upper bound of a prefix range: every string that starts with the prefix sorts below it.
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(QChar::highSurrogate(0x10FFFF)) + QChar(QChar::lowSurrogate(0x10FFFF));
}
} // namespace

Outcome<MemberPage> MemberService::search(const MemberQuery &memberQuery, int limit,
                                          const std::optional<PageCursor> &after)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    const bool byName = memberQuery.kind == MemberQuery::Kind::NamePrefix;
    if (byName && after && after->name.isNull())
        return ServiceError::validation(
            QStringLiteral("cursor"),
            QT_TRANSLATE_NOOP("Server", "The cursor does not belong to this search."));
    QVariantList binds;
    QString where;
    switch (memberQuery.kind) {
    case MemberQuery::Kind::All:
        where = QStringLiteral("WHERE m.id > ? ORDER BY m.id");
        break;
    case MemberQuery::Kind::Phone:
        where = QStringLiteral("WHERE m.phone = ? AND m.id > ? ORDER BY m.id");
        binds.append(memberQuery.term);
        break;
    case MemberQuery::Kind::PhoneLast4:
        where = QStringLiteral("WHERE m.phone_last4 = ? AND m.id > ? ORDER BY m.id");
        binds.append(memberQuery.term);
        break;
    case MemberQuery::Kind::MemberNo:
        where = QStringLiteral("WHERE m.member_no = ? AND m.id > ? ORDER BY m.id");
        binds.append(memberQuery.term);
        break;
    case MemberQuery::Kind::NamePrefix:
        where = QStringLiteral(
            "WHERE m.name >= ? AND m.name < ? AND (m.name, m.id) > (?, ?) ORDER BY m.name, m.id");
        // Starting the range at the cursor's name lets SQLite seek instead of skipping earlier pages.
        binds.append(after ? after->name : memberQuery.term);
        binds.append(prefixEnd(memberQuery.term));
        binds.append(after ? after->name : memberQuery.term);
        break;
    }
    binds.append(after ? after->id : 0);
    binds.append(limit + 1);
    query.prepare(kSelect + where + QStringLiteral(" LIMIT ?"));
    bindExpiryWindow(query);
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i + kFirstFilterBinding), binds.at(i));
    if (!Database::exec(query))
        return ServiceError::internal();

    MemberPage page;
    while (query.next()) {
        if (page.items.size() == limit) {
            const Member &last = page.items.constLast();
            PageCursor cursor;
            cursor.id = last.id;
            if (byName)
                cursor.name = last.name;
            page.nextCursor = cursor.encode();
            break;
        }
        page.items.append(readMember(query));
    }
    return page;
}

std::optional<ServiceError> MemberService::requireMember(qint64 id)
{
    QSqlQuery &exists = Database::prepared(QStringLiteral("SELECT 1 FROM members WHERE id = ?"));
    exists.bindValue(0, id);
    if (!Database::exec(exists))
        return ServiceError::internal();
    const bool found = exists.next();
    exists.finish();
    if (!found)
        return ServiceError::notFound();
    return std::nullopt;
}

Outcome<Member> MemberService::find(qint64 id)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE m.id = ?"));
    bindExpiryWindow(query);
    query.bindValue(kFirstFilterBinding, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    Member member = readMember(query);
    query.finish();
    if (!addProgress(&member))
        return ServiceError::internal();
    return member;
}

Outcome<QString> MemberService::reveal(qint64 id, qint64 actorId, const QString &actorName,
                                       const QString &clientAddress)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT phone FROM members WHERE id = ?"));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    const QString phone = query.value(0).toString();
    query.finish();

    AuditRecord audit;
    audit.actorId = actorId;
    audit.actorName = actorName;
    audit.clientAddress = clientAddress;
    audit.action = QStringLiteral("member.reveal");
    audit.entity = QStringLiteral("member");
    audit.entityId = QString::number(id);
    audit.after = {{QStringLiteral("fields"), QStringLiteral("phone")}};
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return phone;
}

} // namespace loyalty::server
