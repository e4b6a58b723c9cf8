#pragma once

#include <QSqlDatabase>
#include <QString>

namespace loyalty {

// A write transaction that rolls back unless committed. It starts IMMEDIATE: a deferred one that
// later turns into a writer fails at once with SQLITE_BUSY when another thread wrote in between,
// while an immediate one waits for the busy timeout.
class CacheTransaction
{
public:
    explicit CacheTransaction(QSqlDatabase database);
    ~CacheTransaction();
    CacheTransaction(const CacheTransaction &) = delete;
    CacheTransaction &operator=(const CacheTransaction &) = delete;

    bool begin(QString *errorText = nullptr);
    bool commit(QString *errorText = nullptr);
    void rollback();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace loyalty
