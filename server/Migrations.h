#pragma once

namespace loyalty::server {

// Numbered schema migrations recorded in `schema_migrations`; each runs in its own transaction.
// Table definitions stay within what PostgreSQL also accepts (ids are `INTEGER PRIMARY KEY` so
// SQLite assigns them; times are BIGINT milliseconds since the epoch, UTC).
class Migrations
{
public:
    // Brings this thread's database up to the newest version; false if any step failed.
    static bool run();
    static int latestVersion();
};

} // namespace loyalty::server
