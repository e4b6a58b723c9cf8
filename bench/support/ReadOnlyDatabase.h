#pragma once

#include <QSqlDatabase>
#include <QString>

namespace loyalty::bench {

// A read-only SQLite connection of the bench's own to the server's database, safe beside a running
// server. Each instance has its own connection name, so two may be open at once.
class ReadOnlyDatabase
{
public:
    // busyTimeoutMs < 0 keeps the driver's default (5 s); a bench reading while the server writes
    // a lot may want longer.
    explicit ReadOnlyDatabase(const QString &path, int busyTimeoutMs = -1);
    ~ReadOnlyDatabase();
    ReadOnlyDatabase(const ReadOnlyDatabase &) = delete;
    ReadOnlyDatabase &operator=(const ReadOnlyDatabase &) = delete;

    // For the bench's own queries (QSqlQuery query(db.database())).
    QSqlDatabase database() const;
    // The first column of the first row as a number; 0 when the query fails or returns no row.
    qint64 value(const QString &sql) const;

private:
    QString m_name;
};

} // namespace loyalty::bench
