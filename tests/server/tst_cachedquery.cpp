#include "server/Database.h"
#include "server/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using loyalty::server::CachedQuery;
using loyalty::server::Database;
using loyalty::server::Transaction;

// The per-thread statement cache the request path uses: prepared once, shared only when free, and never
// holding a read snapshot open after its scope.
class TestCachedQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void preparesOncePerText();
    void aBusyStatementIsNotShared();
    void aHalfReadSelectDoesNotKeepItsSnapshot();
    void aBadStatementFailsAndIsNotKept();

private:
    QTemporaryDir m_dir;
};

void TestCachedQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database::setPath(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(Database::exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)")));
    QVERIFY(Database::exec(QStringLiteral("INSERT INTO t (v) VALUES (1), (2), (3)")));
}

void TestCachedQuery::cleanupTestCase()
{
    Database::closeThisThread();
}

void TestCachedQuery::preparesOncePerText()
{
    const int before = CachedQuery::cachedCount();
    for (int i = 0; i < 3; ++i) {
        CachedQuery query(QStringLiteral("SELECT v FROM t WHERE id = ?"));
        QVERIFY(query.isPrepared());
        query->bindValue(0, i + 1);
        QVERIFY(Database::exec(query.query()));
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toInt(), i + 1);
    }
    QCOMPARE(CachedQuery::cachedCount(), before + 1);
    {
        Transaction transaction; // BEGIN IMMEDIATE and COMMIT are cached too
        QVERIFY(transaction.commit());
    }
    QCOMPARE(CachedQuery::cachedCount(), before + 3);
}

void TestCachedQuery::aBusyStatementIsNotShared()
{
    const QString sql = QStringLiteral("SELECT v FROM t ORDER BY id");
    CachedQuery outer(sql);
    QVERIFY(Database::exec(outer.query()));
    QVERIFY(outer->next());
    QCOMPARE(outer->value(0).toInt(), 1);
    {
        CachedQuery inner(sql); // the same text while the outer one is mid-read
        QVERIFY(inner.isPrepared());
        QVERIFY(&inner.query() != &outer.query());
        QVERIFY(Database::exec(inner.query()));
        QVERIFY(inner->next());
        QCOMPARE(inner->value(0).toInt(), 1);
    }
    QVERIFY(outer->next()); // undisturbed
    QCOMPARE(outer->value(0).toInt(), 2);
}

void TestCachedQuery::aHalfReadSelectDoesNotKeepItsSnapshot()
{
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM t UNION ALL SELECT v FROM t");
    {
        CachedQuery query(sql);
        QVERIFY(Database::exec(query.query()));
        QVERIFY(query->next()); // rows left unread
    }
    // Another connection writes meanwhile ...
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(Database::path());
        QVERIFY(other.open());
        QSqlQuery insert(other);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO t (v) VALUES (4)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    // ... and this thread sees it through any other statement: the cached one was reset, not left
    // holding the old snapshot for the whole connection.
    QSqlQuery count(Database::connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM t")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 4);
    count.finish();
    // And it can still write.
    Transaction transaction;
    QVERIFY(transaction.isActive());
    QVERIFY(transaction.commit());
}

void TestCachedQuery::aBadStatementFailsAndIsNotKept()
{
    const int before = CachedQuery::cachedCount();
    CachedQuery query(QStringLiteral("SELECT nothing FROM nowhere"));
    QVERIFY(!query.isPrepared());
    QVERIFY(!Database::exec(query.query()));
    QCOMPARE(CachedQuery::cachedCount(), before);
}

QTEST_GUILESS_MAIN(TestCachedQuery)
#include "tst_cachedquery.moc"
