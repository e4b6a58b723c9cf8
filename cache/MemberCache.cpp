#include "cache/MemberCache.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheLogging.h"
#include "cache/CacheTransaction.h"
#include "core/PhoneMask.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace loyalty {

namespace {

const QString kLastFetchedAt = QStringLiteral("last_fetched_at");

// What one kind of search reads: a WHERE clause with its values, and the order of the results.
struct MemberFilter
{
    QString where;
    QVariantList values;
    QString orderBy;
};

// GLOB instead of LIKE: it is case-sensitive against the case-folded key, treats '%' and '_' as
// letters, and SQLite still turns a GLOB prefix into a range on the name index.
QString globPrefix(const QString &term)
{
    QString pattern;
    pattern.reserve(term.size() + 4);
    for (const QChar c : term) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[')) {
            pattern += QLatin1Char('[');
            pattern += c;
            pattern += QLatin1Char(']');
        } else {
            pattern += c;
        }
    }
    return pattern + QLatin1Char('*');
}

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

MemberFilter filterFor(const MemberQuery &query)
{
    switch (query.kind) {
    case MemberQuery::Kind::Phone:
        // The cache holds masked phones only: the first 3 and last 4 digits are all it can compare.
        return {QStringLiteral("phone_last4 = ? AND phone_first3 = ?"),
                {query.term.right(4), query.term.left(3)},
                QStringLiteral("id")};
    case MemberQuery::Kind::PhoneLast4:
        return {QStringLiteral("phone_last4 = ?"), {query.term.right(4)}, QStringLiteral("id")};
    case MemberQuery::Kind::MemberNo:
        return {QStringLiteral("member_no = ?"), {query.term}, QStringLiteral("id")};
    case MemberQuery::Kind::NamePrefix:
        return {QStringLiteral("name_key GLOB ?"),
                {globPrefix(nameKey(query.term))},
                QStringLiteral("name_key, id")};
    case MemberQuery::Kind::All:
        break;
    }
    return {{}, {}, QStringLiteral("id")};
}

// SQLite columns are NOT NULL, and QtSql binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool parseJson(const QString &text, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcCache) << "skipping a cached row with broken JSON:" << error.errorString();
        return false;
    }
    *object = document.object();
    return true;
}

QDateTime fromMsecs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toUTC();
}

// Runs a prepared statement with positional values; warns and returns false on error.
bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *what)
{
    if (!query.prepare(sql)) {
        qCWarning(lcCache) << what << "failed:" << query.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qCWarning(lcCache) << what << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

// The calling thread's connection, or a warning when the cache is not open.
QSqlDatabase connectionFor(const CacheDatabase *database, const char *what)
{
    QSqlDatabase db = database ? database->connection() : QSqlDatabase();
    if (!db.isOpen())
        qCWarning(lcCache) << what << "failed: the cache is not open";
    return db;
}

bool noteFetch(QSqlQuery &query, qint64 fetchedAtMs)
{
    return execute(query,
                   QStringLiteral("INSERT INTO cache_state (key, value) VALUES (?, ?)"
                                  " ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)"),
                   {kLastFetchedAt, fetchedAtMs}, "noting the fetch time");
}

} // namespace

MemberCache::MemberCache(CacheDatabase *database) : m_database(database) {}

bool MemberCache::storeMembers(const QList<Member> &members, const QDateTime &fetchedAt)
{
    if (!fetchedAt.isValid()) {
        qCWarning(lcCache) << "storeMembers: invalid fetch time";
        return false;
    }
    for (const Member &member : members) {
        if (member.id <= 0) {
            qCWarning(lcCache) << "storeMembers: a member without an id" << member.memberNo
                               << "; nothing stored";
            return false;
        }
    }
    if (members.isEmpty())
        return true;

    QSqlDatabase db = connectionFor(m_database, "storeMembers");
    if (!db.isOpen())
        return false;
    CacheTransaction transaction(db);
    QString error;
    if (!transaction.begin(&error)) {
        qCWarning(lcCache) << "storeMembers: cannot begin:" << error;
        return false;
    }
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO members (id, member_no, name, name_key, phone_masked, phone_first3, phone_last4,"
            " status, balance, json, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET member_no = excluded.member_no, name = excluded.name,"
            " name_key = excluded.name_key, phone_masked = excluded.phone_masked,"
            " phone_first3 = excluded.phone_first3, phone_last4 = excluded.phone_last4,"
            " status = excluded.status, balance = excluded.balance, json = excluded.json,"
            " fetched_at = excluded.fetched_at"
            " WHERE excluded.fetched_at >= members.fetched_at"))) {
        qCWarning(lcCache) << "storeMembers: cannot prepare:" << query.lastError().text();
        return false;
    }
    const qint64 fetchedAtMs = fetchedAt.toMSecsSinceEpoch();
    for (const Member &member : members) {
        Member stored = member;
        // maskPhone() leaves a masked phone as it is and masks a revealed one.
        stored.phone = maskPhone(member.phone);
        const bool masked = stored.phone.size() >= 7;
        query.bindValue(0, stored.id);
        query.bindValue(1, notNull(stored.memberNo));
        query.bindValue(2, notNull(stored.name));
        query.bindValue(3, notNull(nameKey(stored.name)));
        query.bindValue(4, notNull(stored.phone));
        query.bindValue(5, masked ? stored.phone.left(3) : QStringLiteral(""));
        query.bindValue(6, masked ? stored.phone.right(4) : QStringLiteral(""));
        query.bindValue(7, memberStatusToString(stored.status));
        query.bindValue(8, stored.balance);
        query.bindValue(9, toJsonText(stored.toJson()));
        query.bindValue(10, fetchedAtMs);
        if (!query.exec()) {
            qCWarning(lcCache) << "storeMembers: member" << member.id
                               << "failed:" << query.lastError().text();
            return false;
        }
    }
    if (!noteFetch(query, fetchedAtMs))
        return false;
    if (!transaction.commit(&error)) {
        qCWarning(lcCache) << "storeMembers: cannot commit:" << error;
        return false;
    }
    return true;
}

bool MemberCache::storeLedger(qint64 memberId, const QList<LedgerEntry> &entries, const QDateTime &fetchedAt)
{
    if (memberId <= 0 || !fetchedAt.isValid()) {
        qCWarning(lcCache) << "storeLedger: invalid member id" << memberId << "or fetch time" << fetchedAt;
        return false;
    }
    for (const LedgerEntry &entry : entries) {
        if (entry.id <= 0 || (entry.memberId != 0 && entry.memberId != memberId)) {
            qCWarning(lcCache) << "storeLedger: entry" << entry.id << "of member" << entry.memberId
                               << "does not belong to member" << memberId << "; nothing stored";
            return false;
        }
    }
    if (entries.isEmpty())
        return true;

    QSqlDatabase db = connectionFor(m_database, "storeLedger");
    if (!db.isOpen())
        return false;
    CacheTransaction transaction(db);
    QString error;
    if (!transaction.begin(&error)) {
        qCWarning(lcCache) << "storeLedger: cannot begin:" << error;
        return false;
    }
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO ledger (id, member_id, json, fetched_at) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET member_id = excluded.member_id,"
                           " json = excluded.json, fetched_at = excluded.fetched_at"
                           " WHERE excluded.fetched_at >= ledger.fetched_at"))) {
        qCWarning(lcCache) << "storeLedger: cannot prepare:" << query.lastError().text();
        return false;
    }
    const qint64 fetchedAtMs = fetchedAt.toMSecsSinceEpoch();
    for (const LedgerEntry &entry : entries) {
        LedgerEntry stored = entry;
        stored.memberId = memberId; // the REST ledger lists entries of one member and may omit it
        query.bindValue(0, stored.id);
        query.bindValue(1, memberId);
        query.bindValue(2, toJsonText(stored.toJson()));
        query.bindValue(3, fetchedAtMs);
        if (!query.exec()) {
            qCWarning(lcCache) << "storeLedger: entry" << entry.id << "failed:" << query.lastError().text();
            return false;
        }
    }
    if (!noteFetch(query, fetchedAtMs))
        return false;
    if (!transaction.commit(&error)) {
        qCWarning(lcCache) << "storeLedger: cannot commit:" << error;
        return false;
    }
    return true;
}

QList<Member> MemberCache::searchMembers(const MemberQuery &query, int offset, int limit) const
{
    QList<Member> members;
    if (offset < 0 || limit < 0) {
        qCWarning(lcCache) << "searchMembers: invalid page" << offset << limit;
        return members;
    }
    if (limit == 0)
        return members;
    const MemberFilter filter = filterFor(query);
    QString sql = QStringLiteral("SELECT json FROM members");
    if (!filter.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + filter.where;
    sql += QStringLiteral(" ORDER BY ") + filter.orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList values = filter.values;
    values << limit << offset;

    const QSqlDatabase db = connectionFor(m_database, "searchMembers");
    if (!db.isOpen())
        return members;
    QSqlQuery sqlQuery(db);
    sqlQuery.setForwardOnly(true);
    if (!execute(sqlQuery, sql, values, "searchMembers"))
        return members;
    members.reserve(limit);
    QJsonObject object;
    while (sqlQuery.next()) {
        if (parseJson(sqlQuery.value(0).toString(), &object))
            members.append(Member::fromJson(object));
    }
    return members;
}

int MemberCache::countMembers(const MemberQuery &query) const
{
    const QSqlDatabase db = connectionFor(m_database, "countMembers");
    if (!db.isOpen())
        return 0;
    const MemberFilter filter = filterFor(query);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM members");
    if (!filter.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + filter.where;
    QSqlQuery sqlQuery(db);
    if (!execute(sqlQuery, sql, filter.values, "countMembers") || !sqlQuery.next())
        return 0;
    return sqlQuery.value(0).toInt();
}

std::optional<Member> MemberCache::member(qint64 id) const
{
    const QSqlDatabase db = connectionFor(m_database, "member");
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execute(query, QStringLiteral("SELECT json FROM members WHERE id = ?"), {id}, "member") ||
        !query.next())
        return std::nullopt;
    QJsonObject object;
    if (!parseJson(query.value(0).toString(), &object))
        return std::nullopt;
    return Member::fromJson(object);
}

QList<LedgerEntry> MemberCache::ledger(qint64 memberId, int offset, int limit) const
{
    QList<LedgerEntry> entries;
    if (offset < 0 || limit < 0) {
        qCWarning(lcCache) << "ledger: invalid page" << offset << limit;
        return entries;
    }
    if (limit == 0)
        return entries;
    const QSqlDatabase db = connectionFor(m_database, "ledger");
    if (!db.isOpen())
        return entries;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execute(
            query,
            QStringLiteral("SELECT json FROM ledger WHERE member_id = ? ORDER BY id DESC LIMIT ? OFFSET ?"),
            {memberId, limit, offset}, "ledger"))
        return entries;
    QJsonObject object;
    while (query.next()) {
        if (parseJson(query.value(0).toString(), &object))
            entries.append(LedgerEntry::fromJson(object));
    }
    return entries;
}

QDateTime MemberCache::lastFetchedAt() const
{
    const QSqlDatabase db = connectionFor(m_database, "lastFetchedAt");
    if (!db.isOpen())
        return {};
    QSqlQuery query(db);
    if (!execute(query, QStringLiteral("SELECT value FROM cache_state WHERE key = ?"), {kLastFetchedAt},
                 "lastFetchedAt") ||
        !query.next())
        return {};
    return fromMsecs(query.value(0));
}

QDateTime MemberCache::memberFetchedAt(qint64 memberId) const
{
    const QSqlDatabase db = connectionFor(m_database, "memberFetchedAt");
    if (!db.isOpen())
        return {};
    QSqlQuery query(db);
    if (!execute(query, QStringLiteral("SELECT fetched_at FROM members WHERE id = ?"), {memberId},
                 "memberFetchedAt") ||
        !query.next())
        return {};
    return fromMsecs(query.value(0));
}

} // namespace loyalty
