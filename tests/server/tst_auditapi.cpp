#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// GET /v1/audit: newest first, each filter narrows, cursor paging, managers and administrators only.
class TestAuditApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filtersNarrowTheRows_data();
    void filtersNarrowTheRows();
    void timeRangeIsFromInclusiveToExclusive();
    void pagingReturnsEveryRowOnce_data();
    void pagingReturnsEveryRowOnce();
    void entriesCarryBeforeAndAfter();
    void badTimesAreNamed_data();
    void badTimesAreNamed();
    void onlyManagersAndAdminsRead_data();
    void onlyManagersAndAdminsRead();

private:
    static QString password() { return QString::fromLatin1(TestServer::kPassword); }
    static QString iso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    }
    static QString encode(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }
    // Every id GET /v1/audit?<query> returns, following the cursor.
    QList<qint64> allIds(const QString &query, int limit = 500);
    QList<qint64> idsWhere(const QString &where, const QVariantList &binds = {});

    TestServer m_server;
    std::unique_ptr<TestHttp> m_manager;
};

void TestAuditApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("ada"), QStringLiteral("admin")));
    QVERIFY(m_server.createUser(QStringLiteral("mona"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start({QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")}));

    // A little history, spread over time so that from/to can cut it.
    TestHttp admin(m_server.baseUrl());
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(admin.login(QStringLiteral("ada"), password()).status, 200);
    QCOMPARE(sue.login(QStringLiteral("sue"), password()).status, 200);
    for (int i = 1; i <= 3; ++i) {
        QTest::qWait(15);
        QCOMPARE(sue.post(QStringLiteral("/v1/members/%1/reveal").arg(i), {}).status, 200);
        QTest::qWait(15);
        QCOMPARE(sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(i),
                          {{QStringLiteral("amount"), 10 * i},
                           {QStringLiteral("reason"), QStringLiteral("goodwill")}})
                     .status,
                 201);
        QTest::qWait(15);
        const HttpReply created = admin.post(
            QStringLiteral("/v1/users"), {{QStringLiteral("username"), QStringLiteral("temp%1").arg(i)},
                                          {QStringLiteral("role"), QStringLiteral("operator")},
                                          {QStringLiteral("password"), QStringLiteral("Plum-Orchard-42")}});
        QCOMPARE(created.status, 201);
        QTest::qWait(15);
        QCOMPARE(
            admin
                .send(
                    "PATCH",
                    QStringLiteral("/v1/users/%1").arg(created.json.value(QStringLiteral("id")).toInteger()),
                    R"({"role":"support"})")
                .status,
            200);
    }
    QCOMPARE(TestHttp(m_server.baseUrl()).login(QStringLiteral("nobody"), QStringLiteral("wrong")).status,
             401);
    m_manager = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_manager->login(QStringLiteral("mona"), password()).status, 200);
}

QList<qint64> TestAuditApi::allIds(const QString &query, int limit)
{
    QList<qint64> ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/v1/audit?limit=%1").arg(limit);
        if (!query.isEmpty())
            path += QLatin1Char('&') + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + encode(cursor);
        const HttpReply reply = m_manager->get(path);
        if (reply.status != 200) {
            qWarning() << path << reply.status << reply.body;
            return {-1};
        }
        const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
        if (items.size() > limit)
            return {-2};
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
        if (reply.json.value(QStringLiteral("nextCursor")).isNull())
            return ids;
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
    }
    return {-3};
}

QList<qint64> TestAuditApi::idsWhere(const QString &where, const QVariantList &binds)
{
    const ServerDatabase db(m_server.databasePath());
    QList<qint64> ids;
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT id FROM audit_log WHERE %1 ORDER BY id DESC").arg(where), binds))
        ids.append(row.at(0).toLongLong());
    return ids;
}

void TestAuditApi::filtersNarrowTheRows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("atLeast");
    QTest::addRow("none") << QString() << QStringLiteral("1 = 1") << 20;
    QTest::addRow("actor") << QStringLiteral("actor=sue") << QStringLiteral("actor_name = 'sue'") << 7;
    QTest::addRow("actor is exact") << QStringLiteral("actor=su") << QStringLiteral("actor_name = 'su'") << 0;
    QTest::addRow("entity") << QStringLiteral("entity=member") << QStringLiteral("entity = 'member'") << 6;
    QTest::addRow("entity and id") << QStringLiteral("entity=member&entityId=2")
                                   << QStringLiteral("entity = 'member' AND entity_id = '2'") << 2;
    QTest::addRow("action") << QStringLiteral("action=user.update")
                            << QStringLiteral("action = 'user.update'") << 3;
    QTest::addRow("failed sign-ins") << QStringLiteral("action=auth.login_failed")
                                     << QStringLiteral("action = 'auth.login_failed'") << 1;
    QTest::addRow("actor and action") << QStringLiteral("actor=ada&action=user.create")
                                      << QStringLiteral("actor_name = 'ada' AND action = 'user.create'") << 3;
    QTest::addRow("command line") << QStringLiteral("actor=cli") << QStringLiteral("actor_name = 'cli'") << 4;
}

void TestAuditApi::filtersNarrowTheRows()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    QFETCH(int, atLeast);
    const QList<qint64> expected = idsWhere(where);
    QVERIFY(expected.size() >= atLeast);
    QCOMPARE(allIds(query), expected);
    if (!query.isEmpty())
        QVERIFY(expected.size() < idsWhere(QStringLiteral("1 = 1")).size());
}

void TestAuditApi::timeRangeIsFromInclusiveToExclusive()
{
    const ServerDatabase db(m_server.databasePath());
    const QList<QVariantList> times =
        db.rows(QStringLiteral("SELECT DISTINCT at FROM audit_log ORDER BY at"));
    QVERIFY(times.size() > 6);
    const qint64 from = times.at(times.size() / 3).at(0).toLongLong();
    const qint64 to = times.at(2 * times.size() / 3).at(0).toLongLong();
    QCOMPARE(allIds(QStringLiteral("from=") + encode(iso(from))),
             idsWhere(QStringLiteral("at >= ?"), {from}));
    QCOMPARE(allIds(QStringLiteral("to=") + encode(iso(to))), idsWhere(QStringLiteral("at < ?"), {to}));
    const QList<qint64> between =
        allIds(QStringLiteral("from=%1&to=%2&action=points.adjust").arg(encode(iso(from)), encode(iso(to))));
    QCOMPARE(between,
             idsWhere(QStringLiteral("at >= ? AND at < ? AND action = 'points.adjust'"), {from, to}));
    // Another zone names the same instant.
    const QString shanghai = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc())
                                 .toOffsetFromUtc(8 * 3600)
                                 .toString(Qt::ISODateWithMs);
    QCOMPARE(allIds(QStringLiteral("from=") + encode(shanghai)), idsWhere(QStringLiteral("at >= ?"), {from}));
}

void TestAuditApi::pagingReturnsEveryRowOnce_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::addRow("all") << QString() << QStringLiteral("1 = 1");
    QTest::addRow("actor") << QStringLiteral("actor=sue") << QStringLiteral("actor_name = 'sue'");
    QTest::addRow("entity") << QStringLiteral("entity=user") << QStringLiteral("entity = 'user'");
}

void TestAuditApi::pagingReturnsEveryRowOnce()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    const QList<qint64> expected = idsWhere(where);
    for (const int limit : {1, 3, 7})
        QCOMPARE(allIds(query, limit), expected);
}

void TestAuditApi::entriesCarryBeforeAndAfter()
{
    const HttpReply reply = m_manager->get(QStringLiteral("/v1/audit?action=user.update&limit=1"));
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject entry = items.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("ada"));
    QVERIFY(entry.value(QStringLiteral("actorId")).toInteger() > 0);
    QCOMPARE(entry.value(QStringLiteral("entity")).toString(), QStringLiteral("user"));
    QVERIFY(entry.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(entry.value(QStringLiteral("clientAddress")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(entry.value(QStringLiteral("before")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("operator"));
    QCOMPARE(entry.value(QStringLiteral("after")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("support"));

    const HttpReply created =
        m_manager->get(QStringLiteral("/v1/audit?action=user.create&actor=ada&limit=1"));
    const QJsonObject creation = created.json.value(QStringLiteral("items")).toArray().at(0).toObject();
    QVERIFY(creation.value(QStringLiteral("before")).isNull());
    QVERIFY(creation.value(QStringLiteral("after")).isObject());
    // A failed sign-in of an unknown name has no console user behind it.
    const HttpReply failed =
        m_manager->get(QStringLiteral("/v1/audit?action=auth.login_failed&actor=nobody"));
    const QJsonObject failure = failed.json.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(failure.value(QStringLiteral("actor")).toString(), QStringLiteral("nobody"));
    QVERIFY(failure.value(QStringLiteral("actorId")).isNull());
}

void TestAuditApi::badTimesAreNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("from: words") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::addRow("to: month 13") << QStringLiteral("to=2026-13-01T00:00:00Z") << QStringLiteral("to");
    QTest::addRow("both bad: from first") << QStringLiteral("from=x&to=y") << QStringLiteral("from");
    QTest::addRow("cursor") << QStringLiteral("cursor=%%%") << QStringLiteral("cursor");
    QTest::addRow("limit") << QStringLiteral("limit=0") << QStringLiteral("limit");
}

void TestAuditApi::badTimesAreNamed()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply = m_manager->get(QStringLiteral("/v1/audit?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(reply.errorField(), field);
}

void TestAuditApi::onlyManagersAndAdminsRead_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("status");
    QTest::addRow("operator") << QStringLiteral("olga") << 403;
    QTest::addRow("support") << QStringLiteral("sue") << 403;
    QTest::addRow("manager") << QStringLiteral("mona") << 200;
    QTest::addRow("admin") << QStringLiteral("ada") << 200;
}

void TestAuditApi::onlyManagersAndAdminsRead()
{
    QFETCH(QString, username);
    QFETCH(int, status);
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(username, password()).status, 200);
    const HttpReply reply = http.get(QStringLiteral("/v1/audit?actor=sue"));
    QCOMPARE(reply.status, status);
    if (status == 403)
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(TestHttp(m_server.baseUrl()).get(QStringLiteral("/v1/audit")).status, 401);
}

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_auditapi.moc"
