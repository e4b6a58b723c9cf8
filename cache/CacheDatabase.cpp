#include "cache/CacheDatabase.h"

#include "cache/CacheConnectionRegistry.h"
#include "cache/CacheLogging.h"
#include "cache/CacheSchema.h"
#include "cache/CacheThreadConnections.h"
#include "cache/CacheTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace loyalty {

namespace {

constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNoMem = 7;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;

// Whether an error says the file itself is unusable (corrupt, not a database, a schema we cannot
// migrate) rather than that the moment is bad (busy, disk full, no permission); only the first kind
// justifies moving the file aside.
bool isBadFileError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary code of an extended one
    if (!ok)
        return false;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
    case kSqliteNoMem:
    case kSqliteReadOnly:
    case kSqliteIoErr:
    case kSqliteFull:
    case kSqliteCantOpen:
        return false;
    default:
        return true;
    }
}

quint64 nextDatabaseId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

CacheDatabase::CacheDatabase(const QString &filePath)
    : m_filePath(filePath), m_id(nextDatabaseId()), m_registry(std::make_shared<CacheConnectionRegistry>())
{
}

CacheDatabase::~CacheDatabase()
{
    closeConnections();
}

int CacheDatabase::schemaVersion()
{
    return latestCacheSchemaVersion();
}

QString CacheDatabase::filePath() const
{
    return m_filePath;
}

bool CacheDatabase::isOpen() const
{
    return m_open;
}

bool CacheDatabase::open(QString *errorText)
{
    closeConnections();
    QString error;
    const auto fail = [&](const QString &text) {
        closeConnections();
        qCWarning(lcCache).noquote() << "cannot open cache" << m_filePath << ":" << text;
        if (errorText)
            *errorText = text;
        return false;
    };
    if (m_filePath.isEmpty())
        return fail(tr("No cache file was given."));
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));

    const bool existed = QFileInfo::exists(m_filePath);
    Attempt attempt = openAndMigrate(&error);
    if (attempt == Attempt::BadFile && existed) {
        closeConnections();
        const QString aside = moveAside();
        if (aside.isEmpty())
            return fail(tr("The cache file %1 is unusable and cannot be moved aside (%2).")
                            .arg(QDir::toNativeSeparators(m_filePath), error));
        qCWarning(lcCache).noquote() << "cache" << m_filePath << "is unusable (" << error << "); moved it to"
                                     << aside << "and starting a fresh cache";
        attempt = openAndMigrate(&error);
    }
    if (attempt != Attempt::Ok)
        return fail(tr("Cannot open the cache %1: %2").arg(QDir::toNativeSeparators(m_filePath), error));
    qCDebug(lcCache) << "cache open:" << m_filePath << "schema" << schemaVersion();
    return true;
}

CacheDatabase::Attempt CacheDatabase::openAndMigrate(QString *errorText)
{
    m_open = true; // connection() hands out connections only to an open cache
    QSqlDatabase db = threadConnection(errorText);
    if (!db.isOpen())
        return Attempt::Failed;
    const auto failed = [&](const QSqlError &error) {
        *errorText = error.text();
        return isBadFileError(error) ? Attempt::BadFile : Attempt::Failed;
    };

    QSqlQuery query(db);
    // WAL lets the UI thread read while a worker writes what the client fetched.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return failed(query.lastError());
    if (query.next() && query.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcCache) << "cache runs without WAL, journal mode" << query.value(0).toString();
    query.finish();

    // One transaction for all steps; IMMEDIATE so that two consoles opening one file take turns.
    CacheTransaction transaction(db);
    if (!transaction.begin(errorText))
        return Attempt::Failed;
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return failed(query.lastError());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next())
        return failed(query.lastError());
    const int current = query.value(0).toInt();
    query.finish();
    if (current > schemaVersion()) {
        *errorText =
            tr("The cache was written by a newer version of the console (schema %1; this one knows %2).")
                .arg(current)
                .arg(schemaVersion());
        return Attempt::BadFile;
    }
    for (const CacheMigration &migration : cacheMigrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement))
                return failed(query.lastError());
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return failed(query.lastError());
        qCInfo(lcCache) << "cache migrated to schema" << migration.version;
    }
    if (!transaction.commit(errorText))
        return Attempt::Failed;
    return Attempt::Ok;
}

QString CacheDatabase::moveAside() const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_filePath + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = m_filePath + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_filePath, aside))
        return {};
    // The WAL belongs to the moved file; the shared-memory index is rebuilt from nothing.
    const QString wal = m_filePath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, aside + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(m_filePath + QStringLiteral("-shm"));
    return aside;
}

void CacheDatabase::closeConnections()
{
    m_open = false;
    m_registry->removeAll();
}

QSqlDatabase CacheDatabase::connection() const
{
    return threadConnection(nullptr);
}

QSqlDatabase CacheDatabase::threadConnection(QString *errorText) const
{
    if (!m_open)
        return {};
    CacheThreadConnections &mine = CacheThreadConnections::current();
    const QString existing = mine.name(m_id);
    if (!existing.isEmpty() && QSqlDatabase::contains(existing))
        return QSqlDatabase::database(existing, false);

    const QString name = CacheThreadConnections::newName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_filePath);
        // Writers from several threads take turns instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            // A power cut may lose the last fetch; the cache is disposable, so that is fine.
            QSqlQuery pragma(db);
            // Fails on a file that is no database; open() finds that out and moves the file aside.
            if (!pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
                qCDebug(lcCache) << "cannot set synchronous=NORMAL:" << pragma.lastError().text();
            pragma.finish();
            m_registry->add(name);
            mine.insert(m_id, name, m_registry);
            return db;
        }
        error = db.isValid() ? db.lastError().text() : tr("The SQLite driver of Qt is not available.");
    }
    QSqlDatabase::removeDatabase(name);
    if (errorText)
        *errorText = error;
    qCWarning(lcCache) << "cannot open a cache connection to" << m_filePath << ":" << error;
    return {};
}

bool CacheDatabase::clear(QString *errorText)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        qCWarning(lcCache) << "cannot clear the cache: it is not open";
        if (errorText)
            *errorText = tr("The cache is not open.");
        return false;
    }
    CacheTransaction transaction(db);
    QString error;
    bool ok = transaction.begin(&error);
    QSqlQuery query(db);
    for (const auto *table : {"members", "ledger", "cache_state"}) {
        if (!ok)
            break;
        ok = query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
        if (!ok)
            error = query.lastError().text();
    }
    if (ok)
        ok = transaction.commit(&error);
    if (!ok) {
        transaction.rollback();
        qCWarning(lcCache) << "cannot clear the cache:" << error;
        if (errorText)
            *errorText = tr("Cannot clear the cache: %1").arg(error);
        return false;
    }
    // Give the space back, so the size in Settings drops; a reader elsewhere may hold it up, no harm.
    if (!query.exec(QStringLiteral("VACUUM")))
        qCInfo(lcCache) << "cache vacuum skipped:" << query.lastError().text();
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCInfo(lcCache) << "cache checkpoint skipped:" << query.lastError().text();
    query.finish();
    qCInfo(lcCache) << "cache cleared:" << m_filePath;
    return true;
}

qint64 CacheDatabase::sizeBytes() const
{
    return QFileInfo(m_filePath).size() + QFileInfo(m_filePath + QStringLiteral("-wal")).size();
}

} // namespace loyalty
