#include "server/Transaction.h"

#include "server/Database.h"

namespace loyalty::server {

Transaction::Transaction()
{
    m_active = Database::exec(QStringLiteral("BEGIN IMMEDIATE"));
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
    Database::exec(QStringLiteral("ROLLBACK"));
}

} // namespace loyalty::server
