#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// POST /v1/members/{id}/adjustments: validation, roles, balance rules, idempotency, concurrency, audit.
class TestAdjustmentsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addsPointsAndWritesTheLedger();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void operatorsMayNotAdjust();
    void refusesToGoBelowZero();
    void inactiveMembersAreRefused();
    void unknownMemberIsNotFound();
    void replayReturnsTheFirstAnswer();
    void reusedKeyWithAnotherBodyConflicts();
    void concurrentAdjustmentsAddUp();
    void auditRecordsBeforeAndAfter();

private:
    qint64 balance(qint64 memberId);
    QString adjustPath(qint64 memberId) const
    {
        return QStringLiteral("/v1/members/%1/adjustments").arg(memberId);
    }
    static QJsonObject adjustment(qint64 amount, const QString &reason = QStringLiteral("goodwill"),
                                  const QString &note = {})
    {
        QJsonObject body{{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), reason}};
        if (!note.isNull())
            body.insert(QStringLiteral("note"), note);
        return body;
    }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
};

void TestAdjustmentsApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(20));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

qint64 TestAdjustmentsApi::balance(qint64 memberId)
{
    const HttpReply reply = m_support->get(QStringLiteral("/v1/members/%1").arg(memberId));
    return reply.status == 200 ? reply.json.value(QStringLiteral("balance")).toInteger() : -1;
}

void TestAdjustmentsApi::addsPointsAndWritesTheLedger()
{
    const qint64 before = balance(1);
    const HttpReply reply = m_support->post(
        adjustPath(1), adjustment(100, QStringLiteral("goodwill"), QStringLiteral("投诉补偿")));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QStringLiteral("kind")).toString(), QStringLiteral("adjust"));
    QCOMPARE(reply.json.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
    QCOMPARE(reply.json.value(QStringLiteral("amount")).toInteger(), 100);
    QCOMPARE(reply.json.value(QStringLiteral("balanceAfter")).toInteger(), before + 100);
    QCOMPARE(reply.json.value(QStringLiteral("actor")).toString(), QStringLiteral("sue"));
    QCOMPARE(reply.json.value(QStringLiteral("note")).toString(), QStringLiteral("投诉补偿"));
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
    QCOMPARE(balance(1), before + 100);

    const HttpReply ledger = m_support->get(QStringLiteral("/v1/members/1/ledger?limit=1"));
    const QJsonObject newest = ledger.json.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("id")).toInteger(),
             reply.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(newest.value(QStringLiteral("balanceAfter")).toInteger(), before + 100);
}

void TestAdjustmentsApi::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("zero") << QByteArray(R"({"amount":0,"reason":"goodwill"})") << "amount_zero"
                          << "amount";
    QTest::addRow("fraction") << QByteArray(R"({"amount":1.5,"reason":"goodwill"})") << "amount_not_integer"
                              << "amount";
    QTest::addRow("text amount") << QByteArray(R"({"amount":"100","reason":"goodwill"})")
                                 << "amount_not_integer"
                                 << "amount";
    QTest::addRow("no amount") << QByteArray(R"({"reason":"goodwill"})") << "amount_not_integer"
                               << "amount";
    QTest::addRow("too large") << QByteArray(R"({"amount":1000001,"reason":"goodwill"})")
                               << "amount_too_large"
                               << "amount";
    QTest::addRow("no reason") << QByteArray(R"({"amount":5})") << "reason_required"
                               << "reason";
    QTest::addRow("unknown reason") << QByteArray(R"({"amount":5,"reason":"bribe"})") << "reason_unknown"
                                    << "reason";
    QTest::addRow("other without note") << QByteArray(R"({"amount":5,"reason":"other"})") << "note_required"
                                        << "note";
    QTest::addRow("note too long") << QByteArray(R"({"amount":5,"reason":"goodwill","note":")" +
                                                 QByteArray(501, 'x') + "\"}")
                                   << "note_too_long"
                                   << "note";
}

void TestAdjustmentsApi::validationNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 before = balance(2);
    const HttpReply reply = m_support->send("POST", adjustPath(2), body, {{"Accept-Language", "en"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(balance(2), before);
}

void TestAdjustmentsApi::operatorsMayNotAdjust()
{
    TestHttp http(m_server.baseUrl());
    QCOMPARE(http.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const qint64 before = balance(3);
    const HttpReply reply = http.post(adjustPath(3), adjustment(100));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(balance(3), before);
}

void TestAdjustmentsApi::refusesToGoBelowZero()
{
    const qint64 before = balance(4);
    ServerDatabase db(m_server.databasePath());
    const int entries =
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE member_id = 4")).toInt();
    const HttpReply reply = m_support->send(
        "POST", adjustPath(4),
        QJsonDocument(adjustment(-(before + 1), QStringLiteral("violation"))).toJson(QJsonDocument::Compact),
        {{"Accept-Language", "en"}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("insufficient_points"));
    QCOMPARE(reply.errorField(), QStringLiteral("amount"));
    const QString message =
        reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QString::number(before)) && message.contains(QString::number(before + 1)),
             qPrintable(message));
    QCOMPARE(balance(4), before);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE member_id = 4")).toInt(),
             entries);

    // Down to exactly zero is fine.
    if (before > 0) {
        QCOMPARE(m_support->post(adjustPath(4), adjustment(-before, QStringLiteral("violation"))).status,
                 201);
        QCOMPARE(balance(4), 0);
    }
}

void TestAdjustmentsApi::inactiveMembersAreRefused()
{
    {
        ServerDatabase db(m_server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET status = 'frozen' WHERE id = 5")));
    }
    const qint64 before = balance(5);
    const HttpReply reply = m_support->post(adjustPath(5), adjustment(100));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("member_frozen"));
    QCOMPARE(balance(5), before);
}

void TestAdjustmentsApi::unknownMemberIsNotFound()
{
    QCOMPARE(m_support->post(adjustPath(99999), adjustment(100)).status, 404);
}

void TestAdjustmentsApi::replayReturnsTheFirstAnswer()
{
    const qint64 before = balance(6);
    const HttpReply first = m_support->post(adjustPath(6), adjustment(250), "replay-key-1");
    QCOMPARE(first.status, 201);
    const HttpReply second = m_support->post(adjustPath(6), adjustment(250), "replay-key-1");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.value(QStringLiteral("id")).toInteger(),
             first.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(second.body, first.body);
    QCOMPARE(balance(6), before + 250);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE member_id = 6 AND kind = 'adjust' "
                                "AND amount = 250"))
            .toInt(),
        1);
}

void TestAdjustmentsApi::reusedKeyWithAnotherBodyConflicts()
{
    const HttpReply first = m_support->post(adjustPath(7), adjustment(10), "conflict-key");
    QCOMPARE(first.status, 201);
    const qint64 after = balance(7);
    const HttpReply other = m_support->post(adjustPath(7), adjustment(11), "conflict-key");
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), QStringLiteral("idempotency_conflict"));
    const HttpReply otherMember = m_support->post(adjustPath(8), adjustment(10), "conflict-key");
    QCOMPARE(otherMember.status, 409);
    QCOMPARE(balance(7), after);
}

void TestAdjustmentsApi::concurrentAdjustmentsAddUp()
{
    const qint64 before = balance(9);
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    qint64 expected = before;
    for (int i = 0; i < 20; ++i) {
        const qint64 amount = (i % 4 == 3) ? -7 : 10 + i;
        expected += amount;
        QUrl url = m_server.baseUrl();
        url.setPath(adjustPath(9));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_support->token());
        request.setRawHeader("Idempotency-Key", "concurrent-" + QByteArray::number(i));
        replies.append(network.post(
            request,
            QJsonDocument(adjustment(amount, QStringLiteral("correction"))).toJson(QJsonDocument::Compact)));
    }
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
    }
    QCOMPARE(balance(9), expected);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(
        db.value(QStringLiteral("SELECT SUM(amount) FROM ledger_entries WHERE member_id = 9")).toLongLong(),
        expected);
}

void TestAdjustmentsApi::auditRecordsBeforeAndAfter()
{
    const qint64 before = balance(10);
    const HttpReply reply = m_support->post(adjustPath(10), adjustment(42, QStringLiteral("campaign")));
    QCOMPARE(reply.status, 201);
    ServerDatabase db(m_server.databasePath());
    const QVariantList row =
        db.rows(QStringLiteral("SELECT actor_name, entity, entity_id, before_json, after_json "
                               "FROM audit_log WHERE action = 'points.adjust' ORDER BY id DESC"))
            .value(0);
    QCOMPARE(row.size(), 5);
    QCOMPARE(row.at(0).toString(), QStringLiteral("sue"));
    QCOMPARE(row.at(1).toString(), QStringLiteral("member"));
    QCOMPARE(row.at(2).toString(), QStringLiteral("10"));
    const QJsonObject beforeJson = QJsonDocument::fromJson(row.at(3).toString().toUtf8()).object();
    const QJsonObject afterJson = QJsonDocument::fromJson(row.at(4).toString().toUtf8()).object();
    QCOMPARE(beforeJson.value(QStringLiteral("balance")).toInteger(), before);
    QCOMPARE(afterJson.value(QStringLiteral("balance")).toInteger(), before + 42);
    QCOMPARE(afterJson.value(QStringLiteral("entryId")).toInteger(),
             reply.json.value(QStringLiteral("id")).toInteger());
}

QTEST_GUILESS_MAIN(TestAdjustmentsApi)
#include "tst_adjustmentsapi.moc"
