#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace loyalty::server {

// One QSqlDatabase per thread (QtSql connections may not cross threads). Each connection gets a
// unique name from a counter, kept in a thread_local holder that removes it when the thread ends:
// pool threads come and go, and their ids are reused.
class Database
{
public:
    static void setPath(const QString &path);
    static QString path();

    // This thread's connection, opened and configured (WAL, synchronous=FULL, busy_timeout, FKs).
    static QSqlDatabase connection();
    // Closes this thread's connection now (the main thread calls it before QCoreApplication ends).
    static void closeThisThread();

    // Bulk loads only: trades durability of the last commits for speed on this connection.
    static void setBulkLoad(bool on);

    // A text value that binds as '' rather than NULL when empty (QtSql binds a null QString as NULL).
    static QVariant text(const QString &value);

    // Runs one statement, logging (never returning) the SQL error text.
    static bool exec(QSqlQuery &query);
    static bool exec(const QString &sql);
};

// A statement prepared once on this thread's connection and kept for the next use, for the statements
// every request runs (transactions, authentication, audit, idempotency): through QtSql, preparing one
// costs several times what running it does. A scoped handle: bind, exec and read while it lives; it
// resets the statement when it goes, so a read never keeps its snapshot open between requests. The SQL
// text is the key. A statement already in use further up the stack is not shared: that use gets a
// fresh one of its own.
class CachedQuery
{
public:
    explicit CachedQuery(const QString &sql);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    // False when the statement does not prepare (logged; exec() then fails too).
    bool isPrepared() const { return m_prepared; }
    QSqlQuery &query() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

    // Statements held for this thread (for tests).
    static int cachedCount();

private:
    QSqlQuery *m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_own; // when the cached one is busy
    bool *m_inUse = nullptr;
    bool m_prepared = false;
};

} // namespace loyalty::server
