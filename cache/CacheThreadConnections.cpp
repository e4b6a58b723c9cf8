#include "cache/CacheThreadConnections.h"

#include "cache/CacheConnectionRegistry.h"

#include <QSqlDatabase>

#include <atomic>

namespace loyalty {

CacheThreadConnections::~CacheThreadConnections()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        QSqlDatabase::removeDatabase(entry.name);
        if (const auto registry = entry.registry.lock())
            registry->forget(entry.name);
    }
}

CacheThreadConnections &CacheThreadConnections::current()
{
    thread_local CacheThreadConnections connections;
    return connections;
}

QString CacheThreadConnections::newName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("loyalty.cache.%1").arg(++counter);
}

QString CacheThreadConnections::name(quint64 databaseId) const
{
    return m_entries.value(databaseId).name;
}

void CacheThreadConnections::insert(quint64 databaseId, const QString &name,
                                    const std::shared_ptr<CacheConnectionRegistry> &registry)
{
    // A stale entry of the same database (its connection was removed by a reopen) is simply replaced.
    m_entries.insert(databaseId, Entry{name, registry});
}

} // namespace loyalty
