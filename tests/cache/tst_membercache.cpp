#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>

using loyalty::CacheDatabase;
using loyalty::LedgerEntry;
using loyalty::Member;
using loyalty::MemberCache;
using loyalty::MemberQuery;

using IdList = QList<qint64>;

namespace {

const QDateTime kTime = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());

Member makeMember(qint64 id, const QString &name, const QString &phone, qint64 balance = 0)
{
    Member member;
    member.id = id;
    member.memberNo = QStringLiteral("88%1").arg(id, 8, 10, QLatin1Char('0'));
    member.name = name;
    member.phone = phone;
    member.balance = balance;
    member.tier.id = 2;
    member.tier.rank = 2;
    member.tier.name.zhCN = QStringLiteral("银卡");
    member.lifetimePoints = balance * 2;
    member.registeredAt = kTime.addDays(-id);
    member.lastActiveAt = kTime.addMSecs(id);
    return member;
}

// Phones arrive masked from the server, as the REST contract says.
QList<Member> sampleMembers()
{
    return {makeMember(1, QStringLiteral("张伟"), QStringLiteral("138****5678"), 100),
            makeMember(2, QStringLiteral("张三"), QStringLiteral("139****5678"), 200),
            makeMember(3, QStringLiteral("张伟"), QStringLiteral("137****1111"), 300),
            makeMember(4, QStringLiteral("王芳"), QStringLiteral("138****9999"), 400),
            makeMember(5, QStringLiteral("李四"), QStringLiteral("150****5678"), 500),
            makeMember(6, QStringLiteral("Li Lei"), QStringLiteral("136****2222"), 600),
            makeMember(7, QStringLiteral("li na"), QStringLiteral("136****3333"), 700),
            makeMember(8, QStringLiteral("Zhang Wei"), QStringLiteral("136****4444"), 800),
            makeMember(9, QStringLiteral("[VIP]周"), QStringLiteral("136****5555"), 900),
            makeMember(10, QStringLiteral("赵_云"), QStringLiteral("136****6666"), 1000)};
}

LedgerEntry makeEntry(qint64 id, qint64 amount, const QString &note = {})
{
    LedgerEntry entry;
    entry.id = id;
    entry.kind = amount >= 0 ? loyalty::LedgerKind::Earn : loyalty::LedgerKind::Spend;
    entry.amount = amount;
    entry.note = note;
    entry.createdAt = kTime.addSecs(id);
    return entry;
}

IdList ids(const QList<Member> &members)
{
    IdList result;
    for (const Member &member : members)
        result.append(member.id);
    return result;
}

IdList ids(const QList<LedgerEntry> &entries)
{
    IdList result;
    for (const LedgerEntry &entry : entries)
        result.append(entry.id);
    return result;
}

} // namespace

class tst_MemberCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void search_data();
    void search();
    void membersRoundTrip();
    void paging_data();
    void paging();
    void revealedPhoneIsStoredMasked();
    void upsertUpdates();
    void olderFetchDoesNotOverwrite();
    void ledgerNewestFirst();
    void fetchTimes();
    void badInput();
    void concurrentStores();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_database;
    std::unique_ptr<MemberCache> m_cache;
};

void tst_MemberCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_database->open());
    m_cache = std::make_unique<MemberCache>(m_database.get());
}

void tst_MemberCache::cleanup()
{
    m_cache.reset();
    m_database.reset();
    m_dir.reset();
}

void tst_MemberCache::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<IdList>("expected");

    const auto all = int(MemberQuery::Kind::All);
    const auto phone = int(MemberQuery::Kind::Phone);
    const auto last4 = int(MemberQuery::Kind::PhoneLast4);
    const auto memberNo = int(MemberQuery::Kind::MemberNo);
    const auto name = int(MemberQuery::Kind::NamePrefix);

    QTest::addRow("all") << QString() << all << IdList{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::addRow("whole phone: first 3 and last 4") << QStringLiteral("13812345678") << phone << IdList{1};
    QTest::addRow("whole phone typed with +86 and dashes")
        << QStringLiteral("+86 138-0000-5678") << phone << IdList{1};
    QTest::addRow("whole phone, no match") << QStringLiteral("18612345678") << phone << IdList{};
    QTest::addRow("last 4") << QStringLiteral("5678") << last4 << IdList{1, 2, 5};
    QTest::addRow("last 4, no match") << QStringLiteral("0000") << last4 << IdList{};
    QTest::addRow("member number") << QStringLiteral("8800000004") << memberNo << IdList{4};
    QTest::addRow("member number, no match") << QStringLiteral("8800000044") << memberNo << IdList{};
    // Ordered by name, then id: 张三 (U+4E09) before 张伟 (U+4F1F).
    QTest::addRow("chinese surname, 1 character") << QStringLiteral("张") << name << IdList{2, 1, 3};
    QTest::addRow("chinese name, 2 characters") << QStringLiteral("张伟") << name << IdList{1, 3};
    QTest::addRow("chinese name, other surname") << QStringLiteral("王") << name << IdList{4};
    QTest::addRow("chinese name, whole") << QStringLiteral("李四") << name << IdList{5};
    QTest::addRow("chinese name, too long") << QStringLiteral("张伟伟") << name << IdList{};
    QTest::addRow("latin, any case") << QStringLiteral("li") << name << IdList{6, 7};
    QTest::addRow("latin, upper case") << QStringLiteral("LI N") << name << IdList{7};
    QTest::addRow("latin, two words") << QStringLiteral("Zhang W") << name << IdList{8};
    QTest::addRow("bracket is a letter") << QStringLiteral("[VIP") << name << IdList{9};
    QTest::addRow("star is a letter") << QStringLiteral("*") << name << IdList{};
    QTest::addRow("question mark is a letter") << QStringLiteral("?") << name << IdList{};
    QTest::addRow("underscore is a letter") << QStringLiteral("赵_") << name << IdList{10};
    QTest::addRow("underscore alone") << QStringLiteral("_") << name << IdList{};
    QTest::addRow("percent") << QStringLiteral("%") << name << IdList{};
    QTest::addRow("digits of no kind") << QStringLiteral("12345") << name << IdList{};
    QTest::addRow("quote") << QStringLiteral("张' OR 1=1 --") << name << IdList{};
}

void tst_MemberCache::search()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(IdList, expected);
    QVERIFY(m_cache->storeMembers(sampleMembers(), kTime));

    const MemberQuery query = MemberQuery::parse(typed);
    QCOMPARE(int(query.kind), kind);
    QCOMPARE(ids(m_cache->searchMembers(query, 0, 100)), expected);
    QCOMPARE(m_cache->countMembers(query), int(expected.size()));
}

void tst_MemberCache::membersRoundTrip()
{
    const QList<Member> members = sampleMembers();
    QVERIFY(m_cache->storeMembers(members, kTime));
    for (const Member &member : members) {
        const std::optional<Member> cached = m_cache->member(member.id);
        QVERIFY(cached);
        QCOMPARE(cached->toJson(), member.toJson());
        QVERIFY(*cached == member);
    }
    QVERIFY(!m_cache->member(99));
    QCOMPARE(m_cache->searchMembers({}, 0, 100).constFirst().tier.name.zhCN, QStringLiteral("银卡"));
}

void tst_MemberCache::paging_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("pageSize");

    QTest::addRow("all, pages of 10") << QString() << 10;
    QTest::addRow("all, pages of 7") << QString() << 7;
    QTest::addRow("name prefix, pages of 10") << QStringLiteral("会员") << 10;
    QTest::addRow("name prefix, pages of 1") << QStringLiteral("会员") << 1;
}

void tst_MemberCache::paging()
{
    QFETCH(QString, typed);
    QFETCH(int, pageSize);

    QList<Member> members;
    IdList expected;
    // Stored in a shuffled order: the order of results is the cache's, not the order of storing.
    for (int i = 25; i >= 1; --i) {
        const int id = (i * 7) % 25 + 1;
        members.append(makeMember(id, QStringLiteral("会员%1").arg(id, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("138****%1").arg(id, 4, 10, QLatin1Char('0'))));
    }
    for (qint64 id = 1; id <= 25; ++id)
        expected.append(id);
    QVERIFY(m_cache->storeMembers(members, kTime));

    const MemberQuery query = MemberQuery::parse(typed);
    QCOMPARE(m_cache->countMembers(query), 25);
    IdList seen;
    for (int offset = 0;; offset += pageSize) {
        const QList<Member> page = m_cache->searchMembers(query, offset, pageSize);
        QVERIFY(page.size() <= pageSize);
        seen += ids(page);
        if (page.size() < pageSize)
            break;
    }
    QCOMPARE(seen, expected);
    QVERIFY(m_cache->searchMembers(query, 25, pageSize).isEmpty());
    QVERIFY(m_cache->searchMembers(query, 0, 0).isEmpty());
}

void tst_MemberCache::revealedPhoneIsStoredMasked()
{
    const QString revealed = QStringLiteral("13812345678");
    QVERIFY(m_cache->storeMembers({makeMember(42, QStringLiteral("刘洋"), revealed, 10)}, kTime));

    QCOMPARE(m_cache->member(42)->phone, QStringLiteral("138****5678"));
    // Found by the revealed number all the same: first 3 and last 4 are what the cache keeps.
    QCOMPARE(ids(m_cache->searchMembers(MemberQuery::parse(revealed), 0, 10)), IdList{42});

    QSqlQuery row(m_database->connection());
    QVERIFY(row.exec(QStringLiteral("SELECT phone_masked, phone_first3, phone_last4, json FROM members")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("138****5678"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("138"));
    QCOMPARE(row.value(2).toString(), QStringLiteral("5678"));
    QVERIFY(!row.value(3).toString().contains(revealed));
    QVERIFY(row.value(3).toString().contains(QStringLiteral("138****5678")));
    row.finish();

    // Nowhere on the disk either: not in the database file, not in its WAL.
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_database->filePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("138****5678"));
    QVERIFY(!bytes.contains(revealed.toUtf8()));
}

void tst_MemberCache::upsertUpdates()
{
    QVERIFY(m_cache->storeMembers(sampleMembers(), kTime));
    Member changed = makeMember(4, QStringLiteral("王芳芳"), QStringLiteral("138****9999"), 4321);
    changed.status = loyalty::MemberStatus::Frozen;
    QVERIFY(m_cache->storeMembers({changed}, kTime.addSecs(60)));

    QCOMPARE(m_cache->countMembers({}), 10);
    QCOMPARE(m_cache->member(4)->balance, 4321);
    QCOMPARE(m_cache->member(4)->status, loyalty::MemberStatus::Frozen);
    QCOMPARE(ids(m_cache->searchMembers(MemberQuery::parse(QStringLiteral("王芳芳")), 0, 10)), IdList{4});
    QCOMPARE(m_cache->memberFetchedAt(4), kTime.addSecs(60));
    QCOMPARE(m_cache->memberFetchedAt(3), kTime);
}

void tst_MemberCache::olderFetchDoesNotOverwrite()
{
    QVERIFY(m_cache->storeMembers({makeMember(1, QStringLiteral("张伟"), QStringLiteral("138****5678"), 500)},
                                  kTime));
    // A worker that fetched earlier but stores later must not turn the clock back.
    QVERIFY(m_cache->storeMembers({makeMember(1, QStringLiteral("张伟"), QStringLiteral("138****5678"), 100)},
                                  kTime.addSecs(-5)));
    QCOMPARE(m_cache->member(1)->balance, 500);
    QCOMPARE(m_cache->memberFetchedAt(1), kTime);
    // The same time again is a refresh, and wins.
    QVERIFY(m_cache->storeMembers({makeMember(1, QStringLiteral("张伟"), QStringLiteral("138****5678"), 700)},
                                  kTime));
    QCOMPARE(m_cache->member(1)->balance, 700);
}

void tst_MemberCache::ledgerNewestFirst()
{
    // The REST ledger omits memberId; the cache fills it in.
    QVERIFY(m_cache->storeLedger(1, {makeEntry(10, 100), makeEntry(12, -30), makeEntry(11, 50)}, kTime));
    QVERIFY(m_cache->storeLedger(2, {makeEntry(13, 5)}, kTime));

    const QList<LedgerEntry> entries = m_cache->ledger(1, 0, 10);
    QCOMPARE(ids(entries), (IdList{12, 11, 10}));
    for (const LedgerEntry &entry : entries)
        QCOMPARE(entry.memberId, 1);
    QCOMPARE(entries.constFirst().amount, -30);
    QCOMPARE(entries.constFirst().kind, loyalty::LedgerKind::Spend);
    QCOMPARE(entries.constFirst().createdAt, kTime.addSecs(12));
    QCOMPARE(ids(m_cache->ledger(1, 1, 1)), IdList{11});
    QCOMPARE(ids(m_cache->ledger(1, 2, 10)), IdList{10});
    QCOMPARE(ids(m_cache->ledger(2, 0, 10)), IdList{13});
    QVERIFY(m_cache->ledger(3, 0, 10).isEmpty());

    // Upsert by entry id: a reversed entry comes back with its new state.
    LedgerEntry cancelled = makeEntry(11, 50, QStringLiteral("reversed"));
    cancelled.status = loyalty::LedgerStatus::Cancelled;
    QVERIFY(m_cache->storeLedger(1, {cancelled, makeEntry(14, 1)}, kTime.addSecs(1)));
    QCOMPARE(ids(m_cache->ledger(1, 0, 10)), (IdList{14, 12, 11, 10}));
    QCOMPARE(m_cache->ledger(1, 2, 1).constFirst().status, loyalty::LedgerStatus::Cancelled);
    QCOMPARE(m_cache->ledger(1, 2, 1).constFirst().note, QStringLiteral("reversed"));
}

void tst_MemberCache::fetchTimes()
{
    QVERIFY(!m_cache->lastFetchedAt().isValid());
    QVERIFY(!m_cache->memberFetchedAt(1).isValid());

    QVERIFY(m_cache->storeMembers(sampleMembers(), kTime));
    QCOMPARE(m_cache->lastFetchedAt(), kTime);
    QCOMPARE(m_cache->memberFetchedAt(1), kTime);

    QVERIFY(m_cache->storeLedger(1, {makeEntry(1, 10)}, kTime.addSecs(30)));
    QCOMPARE(m_cache->lastFetchedAt(), kTime.addSecs(30));
    QCOMPARE(m_cache->memberFetchedAt(1), kTime); // a ledger fetch is not a fetch of the member

    // A late store of an older fetch keeps "data as of" at the newest.
    QVERIFY(m_cache->storeMembers({makeMember(20, QStringLiteral("孙丽"), QString())}, kTime.addSecs(-30)));
    QCOMPARE(m_cache->lastFetchedAt(), kTime.addSecs(30));
    QCOMPARE(m_cache->memberFetchedAt(20), kTime.addSecs(-30));

    // Local times are kept as the same instant.
    const QDateTime local = kTime.addSecs(90).toLocalTime();
    QVERIFY(m_cache->storeMembers({makeMember(21, QStringLiteral("钱多"), QString())}, local));
    QCOMPARE(m_cache->lastFetchedAt(), local);
    QCOMPARE(m_cache->lastFetchedAt().toMSecsSinceEpoch(), local.toMSecsSinceEpoch());
}

void tst_MemberCache::badInput()
{
    QVERIFY(m_cache->storeMembers(sampleMembers(), kTime));
    const QRegularExpression any(QStringLiteral("."));

    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(!m_cache->storeMembers(
        {makeMember(11, QStringLiteral("甲"), {}), makeMember(0, QStringLiteral("乙"), {})}, kTime));
    QCOMPARE(m_cache->countMembers({}), 10); // all or nothing

    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(!m_cache->storeMembers({makeMember(11, QStringLiteral("甲"), {})}, QDateTime()));

    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(!m_cache->storeLedger(0, {makeEntry(1, 1)}, kTime));
    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(!m_cache->storeLedger(1, {makeEntry(0, 1)}, kTime));
    LedgerEntry foreign = makeEntry(2, 1);
    foreign.memberId = 2;
    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(!m_cache->storeLedger(1, {foreign}, kTime));
    QVERIFY(m_cache->ledger(1, 0, 10).isEmpty());

    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(m_cache->searchMembers({}, -1, 10).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(m_cache->ledger(1, 0, -5).isEmpty());

    // Nothing to store is no error; empty and null strings are fine.
    QVERIFY(m_cache->storeMembers({}, kTime));
    QVERIFY(m_cache->storeLedger(1, {}, kTime));
    Member bare;
    bare.id = 30;
    QVERIFY(m_cache->storeMembers({bare}, kTime));
    QCOMPARE(m_cache->member(30)->phone, QString());

    // A database error (the table is gone) is a false and a warning, not a crash.
    {
        QSqlQuery drop(m_database->connection());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE ledger")));
    }
    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(!m_cache->storeLedger(1, {makeEntry(1, 1)}, kTime));
    QTest::ignoreMessage(QtWarningMsg, any);
    QVERIFY(m_cache->ledger(1, 0, 10).isEmpty());
}

void tst_MemberCache::concurrentStores()
{
    constexpr int kThreads = 4;
    constexpr int kBatches = 40;
    constexpr int kBatchSize = 250;
    std::atomic<int> failures{0};
    std::atomic<bool> done{false};

    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([this, t, &failures] {
            for (int b = 0; b < kBatches; ++b) {
                QList<Member> batch;
                for (int i = 0; i < kBatchSize; ++i) {
                    const qint64 id = qint64(t) * kBatches * kBatchSize + b * kBatchSize + i + 1;
                    batch.append(makeMember(id, QStringLiteral("线程%1").arg(t),
                                            QStringLiteral("13%1").arg(id, 9, 10, QLatin1Char('0')), id));
                }
                if (!m_cache->storeMembers(batch, kTime.addMSecs(b)))
                    ++failures;
            }
        }));
    }
    // A reader on its own thread meanwhile: WAL lets it read while the writers take turns.
    int reads = 0;
    std::unique_ptr<QThread> reader(QThread::create([this, &done, &reads] {
        while (!done) {
            m_cache->countMembers(MemberQuery::parse(QStringLiteral("线程1")));
            ++reads;
        }
    }));
    reader->start();
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    done = true;
    QVERIFY(reader->wait(30000));

    QCOMPARE(failures.load(), 0);
    QVERIFY(reads > 0);
    QCOMPARE(m_cache->countMembers({}), kThreads * kBatches * kBatchSize);
    for (int t = 0; t < kThreads; ++t) {
        const MemberQuery query = MemberQuery::parse(QStringLiteral("线程%1").arg(t));
        QCOMPARE(m_cache->countMembers(query), kBatches * kBatchSize);
    }
    const qint64 last = kThreads * kBatches * kBatchSize;
    QCOMPARE(m_cache->member(last)->balance, last);
    QCOMPARE(m_cache->member(last)->phone,
             QStringLiteral("130****%1").arg(last % 10000, 4, 10, QLatin1Char('0')));
    QCOMPARE(m_cache->lastFetchedAt(), kTime.addMSecs(kBatches - 1));
}

QTEST_GUILESS_MAIN(tst_MemberCache)
#include "tst_membercache.moc"
