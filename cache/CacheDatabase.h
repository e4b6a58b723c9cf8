#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

namespace loyalty {

class CacheConnectionRegistry;

// Opens (creating and migrating) the cache file; hands out one QSqlDatabase connection per thread,
// each named with a unique counter in a thread_local holder that removes it when the thread ends.
// The cache is disposable (the server is the truth): a file that is corrupt or from a newer schema is
// moved aside and a fresh one is created.
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(loyalty::CacheDatabase)

public:
    explicit CacheDatabase(const QString &filePath);
    // Closes the connections of every thread; none of them may be in use any more.
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    bool open(QString *errorText = nullptr); // creates dirs, WAL, numbered migrations (schema_migrations)
    bool isOpen() const;
    QString filePath() const;
    QSqlDatabase connection() const;          // for the calling thread; invalid before open() succeeded
    bool clear(QString *errorText = nullptr); // deletes all cached rows (Settings: "clear cache")
    qint64 sizeBytes() const;                 // file + -wal size

    static int schemaVersion(); // the newest migration this build knows

private:
    enum class Attempt
    {
        Ok,
        BadFile,
        Failed
    };
    Attempt openAndMigrate(QString *errorText);
    QSqlDatabase threadConnection(QString *errorText) const;
    QString moveAside() const;
    void closeConnections();

    QString m_filePath;
    quint64 m_id;
    std::shared_ptr<CacheConnectionRegistry> m_registry;
    std::atomic_bool m_open{false};
};

} // namespace loyalty
