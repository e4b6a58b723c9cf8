#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Member search, detail, ledger and reveal over 300 demo members.
class TestMembersApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchFindsTheMember_data();
    void searchFindsTheMember();
    void everyResultMatchesTheQuery_data();
    void everyResultMatchesTheQuery();
    void pagingReturnsEveryRowOnce_data();
    void pagingReturnsEveryRowOnce();
    void limitIsChecked_data();
    void limitIsChecked();
    void badCursorIsRefused();
    void phonesAreMasked();
    void memberDetail();
    void unknownMemberIsNotFound();
    void ledgerIsNewestFirstAndPages();
    void revealIsAuditedForSupport();
    void revealIsForbiddenForOperators();
    void tiersAreTheDefaultLadder();

private:
    static QString path(const QString &query) { return QStringLiteral("/v1/members?") + query; }
    static QString encode(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }
    QList<qint64> allIds(TestHttp &http, const QString &q, int limit);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    qint64 m_memberId = 0;
    QString m_phone;
    QString m_memberNo;
    QString m_name;
};

void TestMembersApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(300));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    ServerDatabase db(m_server.databasePath());
    const QVariantList row =
        db.rows(QStringLiteral("SELECT id, phone, member_no, name FROM members WHERE id = 123")).value(0);
    QCOMPARE(row.size(), 4);
    m_memberId = row.at(0).toLongLong();
    m_phone = row.at(1).toString();
    m_memberNo = row.at(2).toString();
    m_name = row.at(3).toString();
}

void TestMembersApi::searchFindsTheMember_data()
{
    QTest::addColumn<QString>("q");
    QTest::addRow("full phone") << m_phone;
    QTest::addRow("phone with spaces")
        << m_phone.left(3) + QLatin1Char(' ') + m_phone.mid(3, 4) + QLatin1Char(' ') + m_phone.mid(7);
    QTest::addRow("last four digits") << m_phone.right(4);
    QTest::addRow("member number") << m_memberNo;
    QTest::addRow("surname") << m_name.left(1);
    QTest::addRow("whole name") << m_name;
}

void TestMembersApi::searchFindsTheMember()
{
    QFETCH(QString, q);
    const QList<qint64> ids = allIds(*m_support, q, 500);
    QVERIFY2(ids.contains(m_memberId), qPrintable(q));
}

void TestMembersApi::everyResultMatchesTheQuery_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("sql"); // the same rule asked of the database directly
    QTest::addColumn<QString>("term");
    QTest::addRow("full phone") << m_phone << QStringLiteral("phone = ?") << m_phone;
    QTest::addRow("last four") << m_phone.right(4) << QStringLiteral("substr(phone, 8, 4) = ?")
                               << m_phone.right(4);
    QTest::addRow("member number") << m_memberNo << QStringLiteral("member_no = ?") << m_memberNo;
    QTest::addRow("name prefix") << m_name.left(1) << QStringLiteral("substr(name, 1, 1) = ?")
                                 << m_name.left(1);
    QTest::addRow("nothing") << QStringLiteral("13") << QStringLiteral("0 = 1 AND ? = ''") << QString();
}

void TestMembersApi::everyResultMatchesTheQuery()
{
    QFETCH(QString, q);
    QFETCH(QString, sql);
    QFETCH(QString, term);
    ServerDatabase db(m_server.databasePath());
    QList<qint64> expected;
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT id FROM members WHERE %1").arg(sql), {term}))
        expected.append(row.at(0).toLongLong());
    QList<qint64> found = allIds(*m_support, q, 500);
    std::sort(expected.begin(), expected.end());
    std::sort(found.begin(), found.end());
    QCOMPARE(found, expected);
}

void TestMembersApi::pagingReturnsEveryRowOnce_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<int>("limit");
    QTest::addRow("all by 7") << QString() << 7;
    QTest::addRow("all by 500") << QString() << 500;
    QTest::addRow("surname by 3") << m_name.left(1) << 3;
}

void TestMembersApi::pagingReturnsEveryRowOnce()
{
    QFETCH(QString, q);
    QFETCH(int, limit);
    const QList<qint64> paged = allIds(*m_support, q, limit);
    const QList<qint64> whole = allIds(*m_support, q, 500);
    QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()).size(), paged.size());
    QCOMPARE(paged, whole);
    if (q.isEmpty())
        QCOMPARE(paged.size(), 300);
}

void TestMembersApi::limitIsChecked_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addRow("above 500") << QStringLiteral("501");
    QTest::addRow("zero") << QStringLiteral("0");
    QTest::addRow("not a number") << QStringLiteral("ten");
}

void TestMembersApi::limitIsChecked()
{
    QFETCH(QString, limit);
    const HttpReply reply = m_support->get(path(QStringLiteral("limit=") + limit));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(reply.errorField(), QStringLiteral("limit"));
}

void TestMembersApi::badCursorIsRefused()
{
    const HttpReply reply = m_support->get(path(QStringLiteral("cursor=%%%")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), QStringLiteral("cursor"));
}

void TestMembersApi::phonesAreMasked()
{
    const HttpReply reply = m_support->get(path(QStringLiteral("limit=500")));
    QCOMPARE(reply.status, 200);
    static const QRegularExpression masked(QStringLiteral("^1\\d{2}\\*{4}\\d{4}$"));
    const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 300);
    for (const QJsonValue &item : items) {
        const QString phone = item.toObject().value(QStringLiteral("phone")).toString();
        QVERIFY2(masked.match(phone).hasMatch(), qPrintable(phone));
    }
    QVERIFY(reply.json.value(QStringLiteral("nextCursor")).isNull());
}

void TestMembersApi::memberDetail()
{
    const HttpReply reply = m_support->get(QStringLiteral("/v1/members/%1").arg(m_memberId));
    QCOMPARE(reply.status, 200);
    const QJsonObject &member = reply.json;
    QCOMPARE(member.value(QStringLiteral("id")).toInteger(), m_memberId);
    QCOMPARE(member.value(QStringLiteral("memberNo")).toString(), m_memberNo);
    QCOMPARE(member.value(QStringLiteral("name")).toString(), m_name);
    QCOMPARE(member.value(QStringLiteral("phone")).toString(),
             m_phone.left(3) + QStringLiteral("****") + m_phone.right(4));
    QCOMPARE(member.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject tier = member.value(QStringLiteral("tier")).toObject();
    QVERIFY(tier.value(QStringLiteral("rank")).toInt() >= 1);
    QVERIFY(!tier.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString().isEmpty());
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(member.value(QStringLiteral("balance")).toInteger(),
             db.value(QStringLiteral("SELECT balance FROM members WHERE id = ?"), {m_memberId}).toLongLong());
    QVERIFY(member.value(QStringLiteral("lifetimePoints")).toInteger() >=
            member.value(QStringLiteral("balance")).toInteger());
    QCOMPARE(member.value(QStringLiteral("pendingPoints")).toInteger(), 0);
    QVERIFY(member.contains(QStringLiteral("expiringPoints30d")));
    QVERIFY(member.value(QStringLiteral("registeredAt")).toString().endsWith(QLatin1Char('Z')));
}

void TestMembersApi::unknownMemberIsNotFound()
{
    QCOMPARE(m_support->get(QStringLiteral("/v1/members/999999")).errorCode(), QStringLiteral("not_found"));
    QCOMPARE(m_support->get(QStringLiteral("/v1/members/abc")).status, 404);
    QCOMPARE(m_support->get(QStringLiteral("/v1/members/999999/ledger")).status, 404);
}

void TestMembersApi::ledgerIsNewestFirstAndPages()
{
    const QString base = QStringLiteral("/v1/members/%1/ledger").arg(m_memberId);
    const HttpReply whole = m_support->get(base + QStringLiteral("?limit=500"));
    QCOMPARE(whole.status, 200);
    const QJsonArray all = whole.json.value(QStringLiteral("items")).toArray();
    QVERIFY(all.size() >= 6);
    QCOMPARE(all.first().toObject().value(QStringLiteral("balanceAfter")).toInteger(),
             m_support->get(QStringLiteral("/v1/members/%1").arg(m_memberId))
                 .json.value(QStringLiteral("balance"))
                 .toInteger());
    QCOMPARE(all.first().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("demo"));

    QList<qint64> paged;
    QString cursor;
    do {
        const HttpReply page =
            m_support->get(base + QStringLiteral("?limit=2") +
                           (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &entry : page.json.value(QStringLiteral("items")).toArray())
            paged.append(entry.toObject().value(QStringLiteral("id")).toInteger());
        cursor = page.json.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 1; i < paged.size(); ++i)
        QVERIFY(paged.at(i) < paged.at(i - 1));
}

void TestMembersApi::revealIsAuditedForSupport()
{
    const HttpReply reply = m_support->post(QStringLiteral("/v1/members/%1/reveal").arg(m_memberId), {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("phone")).toString(), m_phone);
    ServerDatabase db(m_server.databasePath());
    const QVariantList audit =
        db.rows(QStringLiteral("SELECT actor_name, entity, entity_id, client_address FROM audit_log "
                               "WHERE action = 'member.reveal' ORDER BY id DESC"))
            .value(0);
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit.at(0).toString(), QStringLiteral("sue"));
    QCOMPARE(audit.at(1).toString(), QStringLiteral("member"));
    QCOMPARE(audit.at(2).toString(), QString::number(m_memberId));
    QVERIFY(!audit.at(3).toString().isEmpty());
}

void TestMembersApi::revealIsForbiddenForOperators()
{
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    ServerDatabase db(m_server.databasePath());
    const int before =
        db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.reveal'")).toInt();
    const HttpReply reply = http.post(QStringLiteral("/v1/members/%1/reveal").arg(m_memberId), {});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.reveal'")).toInt(),
        before);
    QCOMPARE(http.get(path(QStringLiteral("q=") + m_phone.right(4))).status, 200); // operators still search
}

void TestMembersApi::tiersAreTheDefaultLadder()
{
    const HttpReply reply = m_support->get(QStringLiteral("/v1/tiers"));
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 4);
    const QJsonObject gold = items.at(2).toObject();
    QCOMPARE(gold.value(QStringLiteral("rank")).toInt(), 3);
    QCOMPARE(gold.value(QStringLiteral("color")).toString(), QStringLiteral("#D4A017"));
    QCOMPARE(gold.value(QStringLiteral("multiplier")).toDouble(), 2.0);
    QCOMPARE(gold.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh_CN")).toString(),
             QStringLiteral("金卡"));
    QCOMPARE(items.at(3)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("zh_TW"))
                 .toString(),
             QStringLiteral("鑽石"));
}

QList<qint64> TestMembersApi::allIds(TestHttp &http, const QString &q, int limit)
{
    QList<qint64> ids;
    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        QString query = QStringLiteral("limit=%1").arg(limit);
        if (!q.isEmpty())
            query += QStringLiteral("&q=") + encode(q);
        if (!cursor.isEmpty())
            query += QStringLiteral("&cursor=") + cursor;
        const HttpReply page = http.get(path(query));
        if (page.status != 200)
            return {};
        for (const QJsonValue &member : page.json.value(QStringLiteral("items")).toArray())
            ids.append(member.toObject().value(QStringLiteral("id")).toInteger());
        cursor = page.json.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return ids;
}

QTEST_GUILESS_MAIN(TestMembersApi)
#include "tst_membersapi.moc"
