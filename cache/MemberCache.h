#pragma once

#include "core/LedgerEntry.h"
#include "core/Member.h"
#include "core/MemberQuery.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace loyalty {

class CacheDatabase;

// What the console fetched, kept for offline review. Safe to call from any thread (each call uses that
// thread's connection); the models call it from a worker thread (QtConcurrent) so the UI never blocks.
// Bad input or a database error gives false (or nothing) and a warning, never a crash.
class MemberCache
{
public:
    explicit MemberCache(CacheDatabase *database);

    // Upserts in one transaction; the phone is stored masked with maskPhone() (a masked one stays as
    // it is): whole personal data never reaches the disk cache. A row fetched later than the given
    // time is kept, so a slow worker cannot overwrite newer data with older.
    bool storeMembers(const QList<Member> &members, const QDateTime &fetchedAt);
    // Upserts entries of one member (by entry id); an entry without a member id gets memberId.
    bool storeLedger(qint64 memberId, const QList<LedgerEntry> &entries, const QDateTime &fetchedAt);

    // Offline search reading the query as the server does (MemberQuery): Phone -> same first 3 and
    // last 4 digits; PhoneLast4 -> last 4; MemberNo -> exact; NamePrefix -> name starts with the term
    // (case-insensitive); All -> everything. Ordered by name then id for NamePrefix, else by id.
    QList<Member> searchMembers(const MemberQuery &query, int offset, int limit) const;
    int countMembers(const MemberQuery &query) const;
    std::optional<Member> member(qint64 id) const;
    QList<LedgerEntry> ledger(qint64 memberId, int offset, int limit) const; // newest first (id desc)
    QDateTime lastFetchedAt() const; // newest fetch time of anything: "data as of ..."; invalid if none
    QDateTime memberFetchedAt(qint64 memberId) const;

private:
    CacheDatabase *m_database;
};

} // namespace loyalty
