#pragma once

#include <QString>

namespace loyalty::bench {

// The server's database file inside a data directory (--data DIR).
QString databasePath(const QString &dataDir);

// Replaces toDir with a copy of fromDir's database (and its WAL, which may hold the latest pages).
// The server must not be running on fromDir.
bool copyDatabase(const QString &fromDir, const QString &toDir);

} // namespace loyalty::bench
