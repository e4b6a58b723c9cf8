#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace loyalty {

// The names of the per-thread connections one CacheDatabase opened, so that it can close all of them
// when it reopens or goes away. Shared with the threads' holders, which forget a name when their
// thread ends.
class CacheConnectionRegistry
{
public:
    void add(const QString &name);
    void forget(const QString &name);
    // Removes every registered connection. No thread may be using one of them at that moment.
    void removeAll();

private:
    QMutex m_mutex;
    QSet<QString> m_names;
};

} // namespace loyalty
