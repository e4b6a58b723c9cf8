#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// POST /v1/ledger/{id}/reverse: takes back exactly what an entry did, once, audited, idempotent.
class TestReversalsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reversalTakesBackExactlyTheEntry();
    void secondReversalIsRefused();
    void reversalOfReversalIsRefused();
    void spentPointsCannotBeTakenBack();
    void replayReturnsTheFirstReversal();
    void validationAndRoles_data();
    void validationAndRoles();
    void unknownEntryIsNotFound();
    void auditRecordsTheReversal();

private:
    qint64 balance(qint64 memberId);
    qint64 adjust(qint64 memberId, qint64 amount);
    HttpReply reverse(qint64 entryId, const QByteArray &key = {},
                      const QString &reason = QStringLiteral("correction"));

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
};

void TestReversalsApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(10));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

qint64 TestReversalsApi::balance(qint64 memberId)
{
    const HttpReply reply = m_support->get(QStringLiteral("/v1/members/%1").arg(memberId));
    return reply.status == 200 ? reply.json.value(QStringLiteral("balance")).toInteger() : -1;
}

qint64 TestReversalsApi::adjust(qint64 memberId, qint64 amount)
{
    const HttpReply reply = m_support->post(
        QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
        {{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toInteger() : 0;
}

HttpReply TestReversalsApi::reverse(qint64 entryId, const QByteArray &key, const QString &reason)
{
    return m_support->post(
        QStringLiteral("/v1/ledger/%1/reverse").arg(entryId),
        {{QStringLiteral("reason"), reason}, {QStringLiteral("note"), QStringLiteral("重复发放")}}, key);
}

void TestReversalsApi::reversalTakesBackExactlyTheEntry()
{
    const qint64 before = balance(1);
    const qint64 entry = adjust(1, 300);
    QVERIFY(entry != 0);
    QCOMPARE(balance(1), before + 300);
    const HttpReply reply = reverse(entry);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QStringLiteral("kind")).toString(), QStringLiteral("reverse"));
    QCOMPARE(reply.json.value(QStringLiteral("amount")).toInteger(), -300);
    QCOMPARE(reply.json.value(QStringLiteral("reversesEntryId")).toInteger(), entry);
    QCOMPARE(reply.json.value(QStringLiteral("balanceAfter")).toInteger(), before);
    QCOMPARE(reply.json.value(QStringLiteral("actor")).toString(), QStringLiteral("sue"));
    QCOMPARE(balance(1), before);
    // The ledger shows it on top, linked to what it took back.
    const HttpReply ledger = m_support->get(QStringLiteral("/v1/members/1/ledger?limit=1"));
    const QJsonObject top = ledger.json.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(top.value(QStringLiteral("reversesEntryId")).toInteger(), entry);
}

void TestReversalsApi::secondReversalIsRefused()
{
    const qint64 entry = adjust(2, 50);
    QCOMPARE(reverse(entry).status, 201);
    const qint64 after = balance(2);
    const HttpReply again = reverse(entry);
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("already_reversed"));
    QCOMPARE(balance(2), after);
}

void TestReversalsApi::reversalOfReversalIsRefused()
{
    const qint64 entry = adjust(3, 70);
    const HttpReply reversal = reverse(entry);
    QCOMPARE(reversal.status, 201);
    const qint64 after = balance(3);
    const HttpReply again = reverse(reversal.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("cannot_reverse_reversal"));
    QCOMPARE(balance(3), after);
}

void TestReversalsApi::spentPointsCannotBeTakenBack()
{
    const qint64 granted = adjust(4, 1000);
    // Everything is deducted again, so reversing the grant would go below zero.
    const qint64 all = balance(4);
    QVERIFY(adjust(4, -all) != 0);
    QCOMPARE(balance(4), 0);
    const HttpReply reply = reverse(granted);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("insufficient_points"));
    QCOMPARE(balance(4), 0);
    // Nothing of the refused reversal stays behind: it can be tried again later.
    QVERIFY(adjust(4, 1000) != 0);
    QCOMPARE(reverse(granted).status, 201);
}

void TestReversalsApi::replayReturnsTheFirstReversal()
{
    const qint64 entry = adjust(5, 40);
    const HttpReply first = reverse(entry, "reverse-once");
    QCOMPARE(first.status, 201);
    const qint64 after = balance(5);
    const HttpReply replay = reverse(entry, "reverse-once");
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(balance(5), after);
    const HttpReply otherBody = reverse(entry, "reverse-once", QStringLiteral("goodwill"));
    QCOMPARE(otherBody.status, 409);
    QCOMPARE(otherBody.errorCode(), QStringLiteral("idempotency_conflict"));
}

void TestReversalsApi::validationAndRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addRow("no reason") << "sue" << QByteArray(R"({"note":"x"})") << 400 << "reason";
    QTest::addRow("unknown reason") << "sue" << QByteArray(R"({"reason":"oops"})") << 400 << "reason";
    QTest::addRow("other without note") << "sue" << QByteArray(R"({"reason":"other"})") << 400 << "note";
    QTest::addRow("not json") << "sue" << QByteArray("{reason") << 400 << "";
    QTest::addRow("operator refused") << "olga" << QByteArray(R"({"reason":"correction"})") << 403 << "";
}

void TestReversalsApi::validationAndRoles()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const qint64 entry = adjust(6, 20);
    const qint64 after = balance(6);
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(user, QString::fromLatin1(TestServer::kPassword)).status, 200);
    const HttpReply reply = http.send("POST", QStringLiteral("/v1/ledger/%1/reverse").arg(entry), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(balance(6), after);
}

void TestReversalsApi::unknownEntryIsNotFound()
{
    QCOMPARE(reverse(987654321).status, 404);
    QCOMPARE(reverse(987654321).errorCode(), QStringLiteral("not_found"));
}

void TestReversalsApi::auditRecordsTheReversal()
{
    const qint64 before = balance(7);
    const qint64 entry = adjust(7, 90);
    const HttpReply reply = reverse(entry);
    QCOMPARE(reply.status, 201);
    ServerDatabase db(m_server.databasePath());
    QVERIFY(db.isOpen());
    const auto rows = db.rows(
        QStringLiteral("SELECT actor_name, client_address, before_json, after_json FROM audit_log "
                       "WHERE action = 'points.reverse' AND entity = 'ledger_entry' AND entity_id = ?"),
        {QString::number(entry)});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("sue"));
    QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("127.0.0.1"));
    const QJsonObject beforeJson = QJsonDocument::fromJson(rows.at(0).at(2).toByteArray()).object();
    const QJsonObject afterJson = QJsonDocument::fromJson(rows.at(0).at(3).toByteArray()).object();
    QCOMPARE(beforeJson.value(QStringLiteral("balance")).toInteger(), before + 90);
    QCOMPARE(afterJson.value(QStringLiteral("balance")).toInteger(), before);
    QCOMPARE(afterJson.value(QStringLiteral("entryId")).toInteger(),
             reply.json.value(QStringLiteral("id")).toInteger());
}

QTEST_GUILESS_MAIN(TestReversalsApi)
#include "tst_reversalsapi.moc"
