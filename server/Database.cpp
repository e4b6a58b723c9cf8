#include "server/Database.h"

#include "server/Logging.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <unordered_map>

namespace loyalty::server {

namespace {
QMutex g_pathMutex;
QString g_path;
std::atomic<quint64> g_counter{0};

struct CachedStatement
{
    std::unique_ptr<QSqlQuery> query;
    bool prepared = false;
    bool inUse = false;
};

struct ConnectionHolder
{
    QString name;
    std::unordered_map<QString, std::unique_ptr<CachedStatement>> statements;

    ~ConnectionHolder() { close(); }

    void close()
    {
        if (name.isEmpty())
            return;
        statements.clear(); // before the connection they belong to
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
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
        return QSqlDatabase::database(t_holder.name, false);
    const QString name = QStringLiteral("loyalty-%1").arg(++g_counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path());
    if (!db.open())
        qCCritical(lcServerDb) << "cannot open database" << path() << db.lastError().text();
    else
        configure(db);
    t_holder.name = name;
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

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    qCWarning(lcServerDb).noquote() << "SQL failed:" << query.lastError().text() << "in" << sql;
    return false;
}

CachedQuery::CachedQuery(const QString &sql)
{
    const QSqlDatabase db = Database::connection();
    std::unique_ptr<CachedStatement> &cached = t_holder.statements[sql];
    if (!cached) {
        cached = std::make_unique<CachedStatement>();
        cached->query = std::make_unique<QSqlQuery>(db);
        cached->query->setForwardOnly(true);
        cached->prepared = cached->query->prepare(sql);
        if (!cached->prepared)
            qCWarning(lcServerDb).noquote()
                << "SQL failed:" << cached->query->lastError().text() << "in" << sql;
    }
    if (cached->inUse || !cached->prepared) {
        m_own = std::make_unique<QSqlQuery>(db);
        m_own->setForwardOnly(true);
        m_prepared = m_own->prepare(sql);
        m_query = m_own.get();
        if (!cached->prepared)
            t_holder.statements.erase(sql); // try again next time (the schema may have changed)
        return;
    }
    cached->inUse = true;
    m_inUse = &cached->inUse;
    m_query = cached->query.get();
    m_prepared = true;
}

CachedQuery::~CachedQuery()
{
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

int CachedQuery::cachedCount()
{
    return int(t_holder.statements.size());
}

} // namespace loyalty::server
