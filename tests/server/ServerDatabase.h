#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace loyalty::test {

// The server's SQLite file opened beside the running server, to check what it wrote (audit rows,
// balances) without going through the API under test.
class ServerDatabase
{
public:
    explicit ServerDatabase(const QString &path, bool readOnly = true)
        : m_name(QStringLiteral("server-db-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        else
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
    }
    ~ServerDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }

    // All rows of a query with positional bind values.
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            query.bindValue(static_cast<int>(i), binds.at(i));
        QList<QVariantList> result;
        if (!query.exec())
            return result;
        const int columns = query.record().count();
        while (query.next()) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row.append(query.value(c));
            result.append(row);
        }
        return result;
    }

    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        const QList<QVariantList> all = rows(sql, binds);
        return all.isEmpty() ? QVariant() : all.constFirst().value(0);
    }

    bool exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            query.bindValue(static_cast<int>(i), binds.at(i));
        return query.exec();
    }

private:
    QString m_name;
};

} // namespace loyalty::test
