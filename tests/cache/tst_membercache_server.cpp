#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using loyalty::CacheDatabase;
using loyalty::LedgerEntry;
using loyalty::Member;
using loyalty::MemberCache;
using loyalty::MemberQuery;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

using IdList = QList<qint64>;

namespace {

IdList ids(const QList<Member> &members)
{
    IdList result;
    for (const Member &member : members)
        result.append(member.id);
    return result;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

// What the console fetched from a real server is found offline, read the way the server reads a query.
class tst_MemberCacheServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storedAsFetched();
    void offlineSearch_data();
    void offlineSearch();
    void revealedPhoneIsCachedMasked();
    void offlineLedger();
    void dataAsOf();

private:
    // Every member the server finds for a typed query, following the cursor.
    IdList serverSearch(const QString &typed);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<MemberCache> m_cache;
    QList<Member> m_fetched;
    QHash<qint64, QList<LedgerEntry>> m_ledgers;
    QDateTime m_fetchedAt;
};

void tst_MemberCacheServer::initTestCase()
{
    QVERIFY2(m_server.seedDemo(300),
             qPrintable(QStringLiteral("cannot seed with %1").arg(TestServer::binary())));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    const HttpReply login =
        m_http->login(QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword));
    QVERIFY2(login.status == 200, login.body.constData());

    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("cache/members.sqlite")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_cache = std::make_unique<MemberCache>(m_database.get());

    // What the member list does: one page, parsed with the core codecs, written through to the cache.
    const HttpReply list = m_http->get(QStringLiteral("/v1/members?limit=100"));
    QVERIFY2(list.status == 200, list.body.constData());
    QVERIFY2(list.json.contains(QStringLiteral("items")) && list.json.contains(QStringLiteral("nextCursor")),
             list.body.left(300).constData());
    const QJsonArray items = list.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 100);
    QVERIFY2(list.json.value(QStringLiteral("nextCursor")).isString(),
             "300 members do not fit one page of 100");
    for (const auto &item : items)
        m_fetched.append(Member::fromJson(item.toObject()));
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_cache->storeMembers(m_fetched, m_fetchedAt));

    // What the member detail does: the ledger of a few members.
    for (int i = 0; i < m_fetched.size(); i += 20) {
        const qint64 id = m_fetched.at(i).id;
        const HttpReply reply = m_http->get(QStringLiteral("/v1/members/%1/ledger?limit=500").arg(id));
        QVERIFY2(reply.status == 200, reply.body.constData());
        QList<LedgerEntry> entries;
        for (const auto &item : reply.json.value(QStringLiteral("items")).toArray())
            entries.append(LedgerEntry::fromJson(item.toObject()));
        QVERIFY(m_cache->storeLedger(id, entries, m_fetchedAt.addMSecs(1)));
        m_ledgers.insert(id, entries);
    }
}

IdList tst_MemberCacheServer::serverSearch(const QString &typed)
{
    IdList found;
    QString cursor;
    for (int page = 0; page < 20; ++page) {
        QString path = QStringLiteral("/v1/members?limit=500&q=") + encoded(typed);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + encoded(cursor);
        const HttpReply reply = m_http->get(path);
        if (reply.status != 200) {
            qWarning() << "server search for" << typed << "answered" << reply.status << reply.body;
            return {};
        }
        for (const auto &item : reply.json.value(QStringLiteral("items")).toArray())
            found.append(item.toObject().value(QStringLiteral("id")).toInteger());
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return found;
}

void tst_MemberCacheServer::storedAsFetched()
{
    QCOMPARE(m_cache->countMembers({}), int(m_fetched.size()));
    for (const Member &member : std::as_const(m_fetched)) {
        const std::optional<Member> cached = m_cache->member(member.id);
        QVERIFY(cached);
        QVERIFY2(member.phone.contains(QLatin1Char('*')), "the server lists phones masked");
        QCOMPARE(cached->toJson(), member.toJson());
    }
}

void tst_MemberCacheServer::offlineSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("memberId");

    // Members from the start, the middle and the end of the page.
    for (const int index : {0, 41, 99}) {
        if (index >= m_fetched.size())
            continue;
        const Member &member = m_fetched.at(index);
        const QString phone = member.phone;
        QTest::addRow("#%d last 4", index) << phone.right(4) << member.id;
        QTest::addRow("#%d member number", index) << member.memberNo << member.id;
        QTest::addRow("#%d name, 1 character", index) << member.name.left(1) << member.id;
        if (member.name.size() >= 2)
            QTest::addRow("#%d name, 2 characters", index) << member.name.left(2) << member.id;
        QTest::addRow("#%d whole name", index) << member.name << member.id;
    }
}

void tst_MemberCacheServer::offlineSearch()
{
    QFETCH(QString, typed);
    QFETCH(qint64, memberId);

    const MemberQuery query = MemberQuery::parse(typed);
    const QList<Member> found = m_cache->searchMembers(query, 0, 1000);
    QCOMPARE(m_cache->countMembers(query), int(found.size()));
    const auto it =
        std::find_if(found.cbegin(), found.cend(), [&](const Member &m) { return m.id == memberId; });
    QVERIFY2(it != found.cend(),
             qPrintable(QStringLiteral("%1 not found offline by \"%2\"").arg(memberId).arg(typed)));
    const auto fetched =
        std::find_if(m_fetched.cbegin(), m_fetched.cend(), [&](const Member &m) { return m.id == memberId; });
    QCOMPARE(it->balance, fetched->balance);
    QCOMPARE(it->name, fetched->name);

    // The same reading as the server: offline finds exactly what the server finds among the fetched.
    QSet<qint64> fetchedIds;
    for (const Member &member : std::as_const(m_fetched))
        fetchedIds.insert(member.id);
    const IdList online = serverSearch(typed);
    QVERIFY2(online.contains(memberId),
             qPrintable(QStringLiteral("the server does not find %1").arg(memberId)));
    IdList expected;
    for (const qint64 id : online) {
        if (fetchedIds.contains(id))
            expected.append(id);
    }
    IdList offline = ids(found);
    std::sort(expected.begin(), expected.end());
    std::sort(offline.begin(), offline.end());
    QCOMPARE(offline, expected);
}

void tst_MemberCacheServer::revealedPhoneIsCachedMasked()
{
    // The member detail reveals a phone and writes the member through; the disk sees it masked.
    const Member &member = m_fetched.at(41);
    const HttpReply reply = m_http->post(QStringLiteral("/v1/members/%1/reveal").arg(member.id), {});
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject object = reply.json.contains(QStringLiteral("member"))
                                   ? reply.json.value(QStringLiteral("member")).toObject()
                                   : reply.json;
    Member revealed = member;
    revealed.phone = object.value(QStringLiteral("phone")).toString();
    QVERIFY2(revealed.phone.size() == 11 && !revealed.phone.contains(QLatin1Char('*')),
             reply.body.constData());
    QVERIFY(m_cache->storeMembers({revealed}, m_fetchedAt));

    QCOMPARE(m_cache->member(member.id)->phone, member.phone);
    QCOMPARE(m_cache->member(member.id)->balance, member.balance);
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_database->filePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(!bytes.contains(revealed.phone.toUtf8()));

    // Whole phone: the server compares all 11 digits, the cache the 7 it keeps, so offline finds
    // everything the server finds among the fetched, and perhaps a few more with the same 3 and 4.
    const MemberQuery query = MemberQuery::parse(revealed.phone);
    QCOMPARE(query.kind, MemberQuery::Kind::Phone);
    const IdList offline = ids(m_cache->searchMembers(query, 0, 1000));
    QVERIFY(offline.contains(member.id));
    const IdList online = serverSearch(revealed.phone);
    QVERIFY(online.contains(member.id));
    for (const qint64 id : online) {
        const bool wasFetched =
            std::any_of(m_fetched.cbegin(), m_fetched.cend(), [id](const Member &m) { return m.id == id; });
        QVERIFY(!wasFetched || offline.contains(id));
    }
}

void tst_MemberCacheServer::offlineLedger()
{
    QVERIFY(!m_ledgers.isEmpty());
    qsizetype total = 0;
    for (const auto &entries : std::as_const(m_ledgers))
        total += entries.size();
    QVERIFY2(total > 0, "the demo members have a ledger");
    for (auto it = m_ledgers.cbegin(); it != m_ledgers.cend(); ++it) {
        QList<LedgerEntry> expected = it.value();
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
        const QList<LedgerEntry> cached = m_cache->ledger(it.key(), 0, 1000);
        QCOMPARE(cached.size(), expected.size());
        for (int i = 0; i < cached.size(); ++i) {
            LedgerEntry entry = expected.at(i);
            entry.memberId = it.key();
            QCOMPARE(cached.at(i).toJson(), entry.toJson());
        }
    }
}

void tst_MemberCacheServer::dataAsOf()
{
    QCOMPARE(m_cache->lastFetchedAt(), m_fetchedAt.addMSecs(1));
    QCOMPARE(m_cache->memberFetchedAt(m_fetched.constFirst().id), m_fetchedAt);
}

QTEST_GUILESS_MAIN(tst_MemberCacheServer)
#include "tst_membercache_server.moc"
