// Member detail: from the server while online (and then cached), from the cache when the server is gone.
#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "client/MemberSearchJob.h"
#include "models/MemberRepository.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_MemberRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlineThenOffline();
    void unknownMemberOfflineSaysWhy();
};

void tst_MemberRepository::onlineThenOffline()
{
    TestServer server;
    QVERIFY(server.seedDemo(10));
    QVERIFY(server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(server.start());
    QTemporaryDir dir;
    CacheDatabase database(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(database.open());
    MemberCache cache(&database);
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, server.baseUrl(), QStringLiteral("agent")));
    MemberRepository repository(&client, &cache, &connection);

    auto *search = new MemberSearchJob(&client, QString(), QString(), 1);
    QSignalSpy searched(search, &ApiJob::finished);
    search->start();
    QVERIFY(searched.wait(10000));
    const qint64 id = search->members().value(0).id;

    QSignalSpy loaded(&repository, &MemberRepository::memberLoaded);
    repository.loadMember(id);
    QVERIFY(loaded.wait(10000));
    const Member online = loaded.first().at(0).value<Member>();
    QCOMPARE(online.id, id);
    QCOMPARE(loaded.first().at(1).toBool(), false);
    QThreadPool::globalInstance()->waitForDone();

    server.stop();
    loaded.clear();
    repository.loadMember(id);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(1).toBool(), true); // from the cache
    QCOMPARE(loaded.first().at(0).value<Member>().balance, online.balance);
    QVERIFY(loaded.first().at(2).toDateTime().isValid());
    QVERIFY(!connection.isOnline());
}

void tst_MemberRepository::unknownMemberOfflineSaysWhy()
{
    QTemporaryDir dir;
    CacheDatabase database(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(database.open());
    MemberCache cache(&database);
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // discard port: nothing answers
    ConnectionMonitor connection(&client);
    MemberRepository repository(&client, &cache, &connection);
    QSignalSpy failed(&repository, &MemberRepository::memberFailed);
    repository.loadMember(424242);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().at(0).toLongLong(), 424242);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_MemberRepository)
#include "tst_memberrepository.moc"
