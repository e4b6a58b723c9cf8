#include "server/Database.h"

#include "server/Logging.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace loyalty::server {

namespace {
QMutex g_pathMutex;
QString g_path;
std::atomic<quint64> g_counter{0};

struct ConnectionHolder
{
    QString name;
    QSqlDatabase db; // looked up once: QSqlDatabase::database() takes a global lock
    // Prepared statements by SQL text: preparing costs more than running most of them.
    QHash<QString, QSqlQuery> statements;

    ~ConnectionHolder() { close(); }

    void close()
    {
        if (name.isEmpty())
            return;
        statements.clear();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        name.clear();
    }
};
thread_local ConnectionHolder t_holder;

void configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",
        // A 2xx for a write means it is durable: FULL syncs the WAL on every commit.
        "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=15000", "PRAGMA foreign_keys=ON",
        "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=268435456"};
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            qCWarning(lcServerDb) << "pragma failed:" << pragma << query.lastError().text();
    }
}
} // namespace

void Database::setPath(const QString &path)
{
    QMutexLocker lock(&g_pathMutex);
    g_path = path;
}

QString Database::path()
{
    QMutexLocker lock(&g_pathMutex);
    return g_path;
}

QSqlDatabase Database::connection()
{
    if (!t_holder.name.isEmpty())
        return t_holder.db;
    const QString name = QStringLiteral("loyalty-%1").arg(++g_counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path());
    if (!db.open())
        qCCritical(lcServerDb) << "cannot open database" << path() << db.lastError().text();
    else
        configure(db);
    t_holder.name = name;
    t_holder.db = db;
    return db;
}

void Database::closeThisThread()
{
    t_holder.close();
}

void Database::setBulkLoad(bool on)
{
    exec(on ? QStringLiteral("PRAGMA synchronous=OFF") : QStringLiteral("PRAGMA synchronous=FULL"));
}

QVariant Database::text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcServerDb).noquote() << "SQL failed:" << query.lastError().text() << "in" << query.lastQuery();
    return false;
}

QSqlQuery Database::prepared(const QString &sql)
{
    const QSqlDatabase db = connection();
    auto found = t_holder.statements.find(sql);
    if (found != t_holder.statements.end()) {
        // Still being read by a caller further up: that one keeps it, this caller gets its own.
        if (!found->isActive() || !found->isSelect())
            return *found;
    } else {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.prepare(sql)) {
            t_holder.statements.insert(sql, query);
            return query;
        }
        qCWarning(lcServerDb).noquote() << "SQL failed:" << query.lastError().text() << "in" << sql;
        return query;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query = prepared(sql);
    const bool ok = query.exec();
    query.finish();
    if (ok)
        return true;
    qCWarning(lcServerDb).noquote() << "SQL failed:" << query.lastError().text() << "in" << sql;
    return false;
}

} // namespace loyalty::server
