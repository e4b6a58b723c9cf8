#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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

    // A time column (ms since the epoch, UTC) as read back; NULL is an invalid QDateTime.
    static QDateTime timeFromMs(const QVariant &value);

    // A text value that binds as '' rather than NULL when empty (QtSql binds a null QString as NULL).
    static QVariant text(const QString &value);

    // A prepared statement for this SQL on this thread's connection, from a per-connection cache
    // (forward-only; bind, exec, read, then finish() it so the next caller finds it idle). A select
    // still being read by a caller further up is not handed out again: the caller gets another one.
    // Valid until this thread's connection closes.
    static QSqlQuery &prepared(const QString &sql);

    // Runs one statement, logging (never returning) the SQL error text.
    static bool exec(QSqlQuery &query);
    static bool exec(const QString &sql); // through the statement cache
};

} // namespace loyalty::server
