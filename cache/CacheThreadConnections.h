#pragma once

#include <QHash>
#include <QString>

#include <memory>

namespace loyalty {

class CacheConnectionRegistry;

// The calling thread's cache connections, one per CacheDatabase instance. It lives in a thread_local,
// so the connections are removed when the thread ends (pool threads come and go, and their ids are
// reused, so connections are named by a counter, never by thread id).
class CacheThreadConnections
{
public:
    CacheThreadConnections() = default;
    ~CacheThreadConnections();
    CacheThreadConnections(const CacheThreadConnections &) = delete;
    CacheThreadConnections &operator=(const CacheThreadConnections &) = delete;

    static CacheThreadConnections &current();
    // A fresh connection name, unique in the process.
    static QString newName();

    QString name(quint64 databaseId) const;
    void insert(quint64 databaseId, const QString &name,
                const std::shared_ptr<CacheConnectionRegistry> &registry);

private:
    struct Entry
    {
        QString name;
        std::weak_ptr<CacheConnectionRegistry> registry;
    };
    QHash<quint64, Entry> m_entries;
};

} // namespace loyalty
