#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using loyalty::CacheDatabase;
using loyalty::Member;
using loyalty::MemberCache;
using loyalty::MemberQuery;

namespace {

QList<Member> someMembers(int count)
{
    QList<Member> members;
    for (int i = 1; i <= count; ++i) {
        Member member;
        member.id = i;
        member.memberNo = QStringLiteral("88%1").arg(i, 8, 10, QLatin1Char('0'));
        member.name = QStringLiteral("会员%1").arg(i);
        member.phone = QStringLiteral("138****%1").arg(i, 4, 10, QLatin1Char('0'));
        member.balance = i * 10;
        members.append(member);
    }
    return members;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList brokenFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.broken-*")}, QDir::Files);
}

} // namespace

class tst_CacheDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void openCreatesSchema();
    void reopenKeepsData();
    void clearEmpties();
    void connectionPerThread();
    void connectionFromQtConcurrent();
    void threadEndRemovesConnection();
    void unusableFileIsMovedAside_data();
    void unusableFileIsMovedAside();
    void unwritablePathFails();
    void notOpenFailsQuietly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("nested/dirs/cache.sqlite")); }
};

void tst_CacheDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CacheDatabase::openCreatesSchema()
{
    CacheDatabase database(path());
    QCOMPARE(database.filePath(), path());
    QVERIFY(!database.isOpen());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY(database.isOpen());
    QVERIFY(QFile::exists(path()));
    QVERIFY(database.sizeBytes() > 0);

    const QSqlDatabase db = database.connection();
    QVERIFY(db.isOpen());
    const QStringList names = tables(db);
    for (const auto *table : {"members", "ledger", "schema_migrations", "cache_state"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(CacheDatabase::schemaVersion() >= 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(),
             CacheDatabase::schemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             CacheDatabase::schemaVersion());
}

void tst_CacheDatabase::reopenKeepsData()
{
    {
        CacheDatabase database(path());
        QVERIFY(database.open());
        MemberCache cache(&database);
        QVERIFY(cache.storeMembers(someMembers(5), QDateTime::currentDateTimeUtc()));
    }
    CacheDatabase database(path());
    QVERIFY(database.open());
    MemberCache cache(&database);
    QCOMPARE(cache.countMembers({}), 5);
    QCOMPARE(cache.member(3)->balance, 30);
    // Migrations ran once: reopening records nothing new.
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             CacheDatabase::schemaVersion());
    // A second open() of the same object is fine too.
    QVERIFY(database.open());
    QCOMPARE(cache.countMembers({}), 5);
}

void tst_CacheDatabase::clearEmpties()
{
    CacheDatabase database(path());
    QVERIFY(database.open());
    MemberCache cache(&database);
    QVERIFY(cache.storeMembers(someMembers(3000), QDateTime::currentDateTimeUtc()));
    loyalty::LedgerEntry entry;
    entry.id = 7;
    QVERIFY(cache.storeLedger(1, {entry}, QDateTime::currentDateTimeUtc()));
    const qint64 fullSize = database.sizeBytes();

    QString error;
    QVERIFY2(database.clear(&error), qPrintable(error));
    QCOMPARE(cache.countMembers({}), 0);
    QVERIFY(cache.ledger(1, 0, 10).isEmpty());
    QVERIFY(!cache.lastFetchedAt().isValid());
    QVERIFY2(database.sizeBytes() < fullSize,
             qPrintable(QStringLiteral("%1 >= %2").arg(database.sizeBytes()).arg(fullSize)));
    // The cache still works after clearing.
    QVERIFY(cache.storeMembers(someMembers(2), QDateTime::currentDateTimeUtc()));
    QCOMPARE(cache.countMembers({}), 2);
}

void tst_CacheDatabase::connectionPerThread()
{
    CacheDatabase database(path());
    QVERIFY(database.open());
    MemberCache cache(&database);
    const QString mainName = database.connection().connectionName();
    QCOMPARE(database.connection().connectionName(), mainName); // the same one on every call

    QString threadName;
    QString threadName2;
    bool stored = false;
    int counted = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const QSqlDatabase db = database.connection();
        threadName = db.isOpen() ? db.connectionName() : QString();
        threadName2 = database.connection().connectionName();
        stored = cache.storeMembers(someMembers(10), QDateTime::currentDateTimeUtc());
        counted = cache.countMembers({});
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != mainName);
    QCOMPARE(threadName2, threadName);
    QVERIFY(stored);
    QCOMPARE(counted, 10);
    QCOMPARE(cache.countMembers({}), 10); // the main thread sees the worker's commit
}

void tst_CacheDatabase::connectionFromQtConcurrent()
{
    CacheDatabase database(path());
    QVERIFY(database.open());
    MemberCache cache(&database);
    QVERIFY(cache.storeMembers(someMembers(20), QDateTime::currentDateTimeUtc()));
    // Several tasks at once on the pool: each thread gets its own connection.
    QList<QFuture<QString>> futures;
    for (int i = 0; i < 8; ++i) {
        futures.append(QtConcurrent::run([&database, &cache, i] {
            const QSqlDatabase db = database.connection();
            const int count = cache.countMembers({});
            const auto member = cache.member(i + 1);
            return QStringLiteral("%1 %2 %3 %4")
                .arg(db.isOpen())
                .arg(count)
                .arg(member ? member->balance : -1)
                .arg(QThread::currentThread() == qApp->thread());
        }));
    }
    for (int i = 0; i < futures.size(); ++i)
        QCOMPARE(futures[i].result(), QStringLiteral("1 20 %1 0").arg((i + 1) * 10));
}

void tst_CacheDatabase::threadEndRemovesConnection()
{
    QString name;
    {
        CacheDatabase database(path());
        QVERIFY(database.open());
        std::unique_ptr<QThread> thread(
            QThread::create([&] { name = database.connection().connectionName(); }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY(!name.isEmpty());
        // thread_local objects die just after wait() returns (the thread is detached), hence the polling.
        QTRY_VERIFY2(!QSqlDatabase::contains(name), "the thread's end removes its connection");
        QVERIFY(QSqlDatabase::contains(database.connection().connectionName()));
        name = database.connection().connectionName();
    }
    QVERIFY2(!QSqlDatabase::contains(name), "the database's end removes its connections");
}

void tst_CacheDatabase::unusableFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("schemaVersion"); // > 0: write a real cache of this schema version instead

    QTest::addRow("garbage") << QByteArray("this is not a database, it is a shopping list\n").repeated(200)
                             << 0;
    QTest::addRow("garbage with a SQLite header")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a') << 0;
    QTest::addRow("newer schema") << QByteArray() << 999;
}

void tst_CacheDatabase::unusableFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(int, schemaVersion);

    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    if (schemaVersion > 0) {
        CacheDatabase newer(path());
        QVERIFY(newer.open());
        QVERIFY(MemberCache(&newer).storeMembers(someMembers(3), QDateTime::currentDateTimeUtc()));
        QSqlQuery query(newer.connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (%1, 'later')")
                .arg(schemaVersion)));
    } else {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved it to .*broken")));
    CacheDatabase database(path());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));

    const QStringList aside = brokenFiles(QFileInfo(path()).absolutePath());
    QCOMPARE(aside.size(), 1);
    if (schemaVersion == 0) {
        QFile moved(QFileInfo(path()).absoluteDir().filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), content);
    }
    MemberCache cache(&database);
    QCOMPARE(cache.countMembers({}), 0);
    QVERIFY(cache.storeMembers(someMembers(4), QDateTime::currentDateTimeUtc()));
    QCOMPARE(cache.countMembers({}), 4);
    QCOMPARE(
        scalar(database.connection(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(),
        CacheDatabase::schemaVersion());
}

void tst_CacheDatabase::unwritablePathFails()
{
    // A regular file where a folder should be: nothing can be created, and nothing is moved aside.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot open cache")));
    CacheDatabase database(blocker + QStringLiteral("/sub/cache.sqlite"));
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!database.isOpen());
    QVERIFY(!database.connection().isValid());
    QVERIFY(QFileInfo(blocker).isFile());
}

void tst_CacheDatabase::notOpenFailsQuietly()
{
    // Used before open(): every call answers "nothing" instead of crashing.
    CacheDatabase database(path());
    MemberCache cache(&database);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("storeMembers")));
    QVERIFY(!cache.storeMembers(someMembers(1), QDateTime::currentDateTimeUtc()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("searchMembers")));
    QVERIFY(cache.searchMembers({}, 0, 10).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("member")));
    QVERIFY(!cache.member(1));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("clear")));
    QVERIFY(!database.clear());
}

QTEST_GUILESS_MAIN(tst_CacheDatabase)
#include "tst_cachedatabase.moc"
