#include "cache/CacheTransaction.h"

#include "cache/CacheLogging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace loyalty {

namespace {
bool run(QSqlDatabase &database, const QString &statement, QString *errorText)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    if (errorText)
        *errorText = query.lastError().text();
    return false;
}
} // namespace

CacheTransaction::CacheTransaction(QSqlDatabase database) : m_database(std::move(database)) {}

CacheTransaction::~CacheTransaction()
{
    rollback();
}

bool CacheTransaction::begin(QString *errorText)
{
    if (!m_database.isOpen()) {
        if (errorText)
            *errorText = QStringLiteral("cache database is not open");
        return false;
    }
    m_active = run(m_database, QStringLiteral("BEGIN IMMEDIATE"), errorText);
    return m_active;
}

bool CacheTransaction::commit(QString *errorText)
{
    if (!m_active)
        return false;
    if (!run(m_database, QStringLiteral("COMMIT"), errorText)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void CacheTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QString error;
    if (!run(m_database, QStringLiteral("ROLLBACK"), &error))
        qCWarning(lcCache) << "rollback failed:" << error;
}

} // namespace loyalty
