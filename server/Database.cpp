#include "server/Database.h"

#include "server/Logging.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

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
    std::map<QString, std::vector<std::unique_ptr<QSqlQuery>>> statements;

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

QDateTime Database::timeFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
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

QSqlQuery &Database::prepared(const QString &sql)
{
    const QSqlDatabase db = connection();
    std::vector<std::unique_ptr<QSqlQuery>> &pool = t_holder.statements[sql];
    // One still being read by a caller further up stays theirs; writes are never "being read".
    for (const std::unique_ptr<QSqlQuery> &query : pool) {
        if (!query->isActive() || !query->isSelect())
            return *query;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qCWarning(lcServerDb).noquote() << "SQL failed:" << query->lastError().text() << "in" << sql;
    pool.push_back(std::move(query));
    return *pool.back();
}

bool Database::exec(const QString &sql)
{
    QSqlQuery &query = prepared(sql);
    const bool ok = query.exec();
    query.finish();
    if (ok)
        return true;
    qCWarning(lcServerDb).noquote() << "SQL failed:" << query.lastError().text() << "in" << sql;
    return false;
}

} // namespace loyalty::server
