#include "server/Transaction.h"

#include "server/Database.h"

#include <QThread>

#include <atomic>

namespace loyalty::server {

namespace {
thread_local int t_depth = 0; // open transactions on this thread's connection
thread_local bool t_yields = false;
std::atomic<int> g_waiting{0}; // transactions of non-yielding threads waiting to begin

QString savepoint(int depth)
{
    return QStringLiteral("sp%1").arg(depth);
}
} // namespace

void Transaction::yieldToOthersOnThisThread()
{
    t_yields = true;
}

Transaction::Transaction() : m_depth(t_depth + 1)
{
    if (m_depth > 1) {
        m_active = Database::exec(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    } else if (t_yields) {
        for (int waited = 0; g_waiting.load() > 0 && waited < 2000; ++waited)
            QThread::msleep(1);
        m_active = Database::exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        ++g_waiting;
        m_active = Database::exec(QStringLiteral("BEGIN IMMEDIATE"));
        --g_waiting;
    }
    if (m_active)
        t_depth = m_depth;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    t_depth = m_depth - 1;
    if (m_depth > 1) {
        if (Database::exec(QStringLiteral("RELEASE ") + savepoint(m_depth)))
            return true;
        Database::exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        Database::exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
        return false;
    }
    if (Database::exec(QStringLiteral("COMMIT")))
        return true;
    Database::exec(QStringLiteral("ROLLBACK"));
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    t_depth = m_depth - 1;
    if (m_depth > 1) {
        // Undo this savepoint's writes, then drop it; the outer transaction carries on.
        Database::exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        Database::exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
        return;
    }
    Database::exec(QStringLiteral("ROLLBACK"));
}

} // namespace loyalty::server
