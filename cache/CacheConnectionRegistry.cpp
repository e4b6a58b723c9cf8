#include "cache/CacheConnectionRegistry.h"

#include <QSqlDatabase>

namespace loyalty {

void CacheConnectionRegistry::add(const QString &name)
{
    const QMutexLocker locker(&m_mutex);
    m_names.insert(name);
}

void CacheConnectionRegistry::forget(const QString &name)
{
    const QMutexLocker locker(&m_mutex);
    m_names.remove(name);
}

void CacheConnectionRegistry::removeAll()
{
    QSet<QString> names;
    {
        const QMutexLocker locker(&m_mutex);
        names.swap(m_names);
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

} // namespace loyalty
