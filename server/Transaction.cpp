#include "server/Transaction.h"

#include "server/Database.h"

namespace loyalty::server {

namespace {
// Three statements every write runs: kept prepared (CachedQuery).
bool run(const QString &sql)
{
    CachedQuery statement(sql);
    return Database::exec(statement.query());
}
} // namespace

Transaction::Transaction()
{
    m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
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
    if (run(QStringLiteral("COMMIT")))
        return true;
    run(QStringLiteral("ROLLBACK"));
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    run(QStringLiteral("ROLLBACK"));
}

} // namespace loyalty::server
