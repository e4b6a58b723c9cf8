#include "support/ReadOnlyDatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace loyalty::bench {

ReadOnlyDatabase::ReadOnlyDatabase(const QString &path, int busyTimeoutMs)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("bench-reader-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY");
    if (busyTimeoutMs >= 0)
        options += QStringLiteral(";QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    db.setConnectOptions(options);
    db.open();
}

ReadOnlyDatabase::~ReadOnlyDatabase()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadOnlyDatabase::database() const
{
    return QSqlDatabase::database(m_name, false);
}

qint64 ReadOnlyDatabase::value(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace loyalty::bench
