#include "cache/CacheSchema.h"

namespace loyalty {

const QList<CacheMigration> &cacheMigrations()
{
    static const QList<CacheMigration> migrations{
        {1,
         {
             // Columns for what the offline search reads; the rest of a member lives in the JSON.
             // name_key is the case-folded name, so "li" finds "Li Lei" as the server does.
             QStringLiteral("CREATE TABLE members ("
                            " id INTEGER PRIMARY KEY,"
                            " member_no TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " name_key TEXT NOT NULL,"
                            " phone_masked TEXT NOT NULL,"
                            " phone_first3 TEXT NOT NULL,"
                            " phone_last4 TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " balance INTEGER NOT NULL,"
                            " json TEXT NOT NULL,"
                            " fetched_at INTEGER NOT NULL)"),
             // Every index ends in the rowid (= id), so equal keys come out ordered by id without a sort.
             QStringLiteral("CREATE INDEX members_member_no ON members(member_no)"),
             QStringLiteral("CREATE INDEX members_phone ON members(phone_last4, phone_first3)"),
             QStringLiteral("CREATE INDEX members_name ON members(name_key)"),
             QStringLiteral("CREATE TABLE ledger ("
                            " id INTEGER PRIMARY KEY,"
                            " member_id INTEGER NOT NULL,"
                            " json TEXT NOT NULL,"
                            " fetched_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX ledger_member ON ledger(member_id, id)"),
             // Small facts about the cache as a whole, e.g. the newest fetch time ("data as of").
             QStringLiteral("CREATE TABLE cache_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
         }},
    };
    return migrations;
}

int latestCacheSchemaVersion()
{
    return cacheMigrations().isEmpty() ? 0 : cacheMigrations().constLast().version;
}

} // namespace loyalty
