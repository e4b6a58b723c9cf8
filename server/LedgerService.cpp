#include "server/LedgerService.h"

#include "core/Member.h"
#include "server/Database.h"

#include <limits>

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace loyalty::server {

namespace {
QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

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
    entry.createdAt = fromMs(query.value(10));
    entry.expiresAt = fromMs(query.value(11));
    entry.reversesEntryId = query.value(12).toLongLong();
    return entry;
}

bool isMemberActivity(LedgerKind kind)
{
    return kind == LedgerKind::Earn || kind == LedgerKind::Spend;
}
} // namespace

LedgerService::LedgerService()
    : m_readMember(Database::connection()), m_insertEntry(Database::connection()),
      m_updateMember(Database::connection())
{
    m_readMember.setForwardOnly(true);
    m_readMember.prepare(
        QStringLiteral("SELECT balance, lifetime_points, status, last_active_at FROM members "
                       "WHERE id = ?"));
    m_insertEntry.prepare(QStringLiteral(
        "INSERT INTO ledger_entries (member_id, kind, amount, balance_after, reason, note, actor_id, actor, "
        "source, status, created_at, expires_at, reverses_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'posted', ?, ?, ?)"));
    m_updateMember.prepare(QStringLiteral("UPDATE members SET balance = ?, lifetime_points = ?, "
                                          "last_active_at = ? WHERE id = ?"));
}

Outcome<PostedEntries> LedgerService::post(qint64 memberId, const QList<LedgerPosting> &postings)
{
    m_readMember.bindValue(0, memberId);
    if (!Database::exec(m_readMember))
        return ServiceError::internal();
    if (!m_readMember.next())
        return ServiceError::notFound();
    qint64 balance = m_readMember.value(0).toLongLong();
    qint64 lifetime = m_readMember.value(1).toLongLong();
    const MemberStatus status = memberStatusFromString(m_readMember.value(2).toString());
    QVariant lastActive = m_readMember.value(3);
    m_readMember.finish();
    if (status != MemberStatus::Active)
        return ServiceError{
            422,
            QStringLiteral("member_not_active"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "The member is frozen or blacklisted; their points cannot change."),
            {},
            {}};

    PostedEntries posted;
    posted.balanceBefore = balance;
    posted.entries.reserve(postings.size());
    for (const LedgerPosting &posting : postings) {
        if (balance + posting.amount < 0)
            return ServiceError{
                422,
                QStringLiteral("insufficient_points"),
                "Server",
                QT_TRANSLATE_NOOP("Server", "The member has %1 points available; %2 cannot be deducted."),
                {QString::number(balance), QString::number(-posting.amount)},
                QStringLiteral("amount")};
        balance += posting.amount;
        if (countsAsEarned(posting))
            lifetime += posting.amount;
        const QDateTime createdAt =
            posting.createdAt.isValid() ? posting.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
        if (isMemberActivity(posting.kind) &&
            (lastActive.isNull() || lastActive.toLongLong() < createdAt.toMSecsSinceEpoch()))
            lastActive = createdAt.toMSecsSinceEpoch();

        m_insertEntry.bindValue(0, memberId);
        m_insertEntry.bindValue(1, ledgerKindToString(posting.kind));
        m_insertEntry.bindValue(2, posting.amount);
        m_insertEntry.bindValue(3, balance);
        m_insertEntry.bindValue(4, Database::text(posting.reason));
        m_insertEntry.bindValue(5, Database::text(posting.note));
        m_insertEntry.bindValue(6, posting.actorId > 0 ? QVariant(posting.actorId)
                                                       : QVariant(QMetaType::fromType<qint64>()));
        m_insertEntry.bindValue(7, Database::text(posting.actor));
        m_insertEntry.bindValue(8, Database::text(posting.source));
        m_insertEntry.bindValue(9, createdAt.toMSecsSinceEpoch());
        m_insertEntry.bindValue(10, msOrNull(posting.expiresAt));
        m_insertEntry.bindValue(11, posting.reversesEntryId > 0 ? QVariant(posting.reversesEntryId)
                                                                : QVariant(QMetaType::fromType<qint64>()));
        if (!Database::exec(m_insertEntry)) {
            // The unique index on reverses_entry_id: someone reversed it first (SQLite 2067, PostgreSQL
            // 23505).
            const QString code = m_insertEntry.lastError().nativeErrorCode();
            if (posting.reversesEntryId > 0 &&
                (code == QLatin1String("2067") || code == QLatin1String("23505")))
                return ServiceError{
                    422,      QStringLiteral("already_reversed"),
                    "Server", QT_TRANSLATE_NOOP("Server", "This entry has already been reversed."),
                    {},       {}};
            return ServiceError::internal();
        }

        LedgerEntry entry;
        entry.id = m_insertEntry.lastInsertId().toLongLong();
        entry.memberId = memberId;
        entry.kind = posting.kind;
        entry.amount = posting.amount;
        entry.balanceAfter = balance;
        entry.reason = posting.reason;
        entry.note = posting.note;
        entry.actor = posting.actor;
        entry.source = posting.source;
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(createdAt.toMSecsSinceEpoch(), QTimeZone::utc());
        entry.expiresAt =
            posting.expiresAt.isValid()
                ? QDateTime::fromMSecsSinceEpoch(posting.expiresAt.toMSecsSinceEpoch(), QTimeZone::utc())
                : QDateTime();
        entry.status = LedgerStatus::Posted;
        entry.reversesEntryId = posting.reversesEntryId;
        posted.entries.append(entry);
    }

    m_updateMember.bindValue(0, balance);
    m_updateMember.bindValue(1, lifetime);
    m_updateMember.bindValue(2, lastActive.isNull() ? QVariant(QMetaType::fromType<qint64>()) : lastActive);
    m_updateMember.bindValue(3, memberId);
    if (!Database::exec(m_updateMember))
        return ServiceError::internal();
    return posted;
}

Outcome<LedgerPage> LedgerService::entries(qint64 memberId, int limit,
                                           const std::optional<PageCursor> &before)
{
    QSqlQuery exists(Database::connection());
    exists.setForwardOnly(true);
    exists.prepare(QStringLiteral("SELECT 1 FROM members WHERE id = ?"));
    exists.bindValue(0, memberId);
    if (!Database::exec(exists))
        return ServiceError::internal();
    if (!exists.next())
        return ServiceError::notFound();

    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT %1 FROM ledger_entries WHERE member_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(kEntryColumns)));
    query.bindValue(0, memberId);
    query.bindValue(1, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(2, limit + 1);
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
