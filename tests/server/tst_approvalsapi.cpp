#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Four eyes on large adjustments: above the threshold an adjustment waits (202); only another
// manager's approval posts it; a rejection posts nothing; every step is audited.
class TestApprovalsApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void smallAdjustmentPostsAtOnce();
    void largeAdjustmentWaitsForApproval();
    void requesterCannotDecideTheirOwn();
    void supportCannotDecide();
    void rejectNeedsAReasonAndPostsNothing();
    void approvalPostsOnceAndReplays();
    void deductionBeyondTheBalanceIsRefusedWhenFiled();
    void refusedApprovalStaysPending_data();
    void refusedApprovalStaysPending();
    void queueIsOldestFirstAndFiltersByStatus();
    void decisionsAreInTheMembersAuditTrail();

private:
    qint64 balance(qint64 memberId);
    qint64 request(TestHttp &who, qint64 memberId, qint64 amount);
    HttpReply decide(TestHttp &who, qint64 approvalId, const char *verb, const QString &comment,
                     const QByteArray &key = {});

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    std::unique_ptr<TestHttp> m_mia; // manager
    std::unique_ptr<TestHttp> m_max; // manager
};

void TestApprovalsApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(12));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("max"), QStringLiteral("manager")));
    {
        ServerDatabase db(m_server.databasePath(), false);
        // Frozen members' pending approvals come later; start from active members.
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET status = 'active'")));
    }
    QVERIFY(m_server.start());
    const QString password = QString::fromLatin1(TestServer::kPassword);
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    m_mia = std::make_unique<TestHttp>(m_server.baseUrl());
    m_max = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), password).status, 200);
    QCOMPARE(m_mia->login(QStringLiteral("mia"), password).status, 200);
    QCOMPARE(m_max->login(QStringLiteral("max"), password).status, 200);
}

qint64 TestApprovalsApi::balance(qint64 memberId)
{
    const HttpReply reply = m_support->get(QStringLiteral("/v1/members/%1").arg(memberId));
    return reply.status == 200 ? reply.json.value(QStringLiteral("balance")).toInteger() : -1;
}

qint64 TestApprovalsApi::request(TestHttp &who, qint64 memberId, qint64 amount)
{
    const HttpReply reply = who.post(QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
                                     {{QStringLiteral("amount"), amount},
                                      {QStringLiteral("reason"), QStringLiteral("correction")},
                                      {QStringLiteral("note"), QStringLiteral("大额补偿")}});
    if (reply.status != 202)
        return 0;
    return reply.json.value(QStringLiteral("approval")).toObject().value(QStringLiteral("id")).toInteger();
}

HttpReply TestApprovalsApi::decide(TestHttp &who, qint64 approvalId, const char *verb, const QString &comment,
                                   const QByteArray &key)
{
    return who.post(QStringLiteral("/v1/approvals/%1/%2").arg(approvalId).arg(QLatin1String(verb)),
                    {{QStringLiteral("comment"), comment}}, key);
}

void TestApprovalsApi::smallAdjustmentPostsAtOnce()
{
    const qint64 before = balance(1);
    const HttpReply reply = m_support->post(
        QStringLiteral("/v1/members/1/adjustments"),
        {{QStringLiteral("amount"), 5000}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    QCOMPARE(reply.status, 201); // the threshold itself is not above the threshold
    QCOMPARE(balance(1), before + 5000);
}

void TestApprovalsApi::largeAdjustmentWaitsForApproval()
{
    const qint64 before = balance(2);
    const HttpReply reply = m_support->post(QStringLiteral("/v1/members/2/adjustments"),
                                            {{QStringLiteral("amount"), 5001},
                                             {QStringLiteral("reason"), QStringLiteral("correction")},
                                             {QStringLiteral("note"), QStringLiteral("x")}},
                                            "big-1");
    QCOMPARE(reply.status, 202);
    const QJsonObject approval = reply.json.value(QStringLiteral("approval")).toObject();
    QCOMPARE(approval.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(approval.value(QStringLiteral("amount")).toInteger(), 5001);
    QCOMPARE(approval.value(QStringLiteral("requestedBy")).toString(), QStringLiteral("sue"));
    QVERIFY(approval.value(QStringLiteral("entryId")).isNull());
    QCOMPARE(balance(2), before);
    // The same key again gives the same approval, not a second one.
    const HttpReply replay = m_support->post(QStringLiteral("/v1/members/2/adjustments"),
                                             {{QStringLiteral("amount"), 5001},
                                              {QStringLiteral("reason"), QStringLiteral("correction")},
                                              {QStringLiteral("note"), QStringLiteral("x")}},
                                             "big-1");
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.body, reply.body);
    const HttpReply summary = m_mia->get(QStringLiteral("/v1/approvals/summary"));
    QCOMPARE(summary.status, 200);
    QCOMPARE(summary.json.value(QStringLiteral("pending")).toInteger(), 1);
}

void TestApprovalsApi::requesterCannotDecideTheirOwn()
{
    const qint64 id = request(*m_mia, 3, 8000);
    QVERIFY(id > 0);
    const qint64 before = balance(3);
    const HttpReply own = decide(*m_mia, id, "approve", {});
    QCOMPARE(own.status, 422);
    QCOMPARE(own.errorCode(), QStringLiteral("self_approval"));
    QCOMPARE(decide(*m_mia, id, "reject", QStringLiteral("oops")).errorCode(),
             QStringLiteral("self_approval"));
    QCOMPARE(balance(3), before);
    QCOMPARE(decide(*m_max, id, "approve", QStringLiteral("ok")).status, 200);
    QCOMPARE(balance(3), before + 8000);
}

void TestApprovalsApi::supportCannotDecide()
{
    const qint64 id = request(*m_support, 4, 7000);
    QVERIFY(id > 0);
    QCOMPARE(decide(*m_support, id, "approve", {}).status, 403);
    QCOMPARE(m_support->get(QStringLiteral("/v1/approvals")).status, 403);
    QCOMPARE(decide(*m_mia, id, "reject", QStringLiteral("clean up")).status, 200);
}

void TestApprovalsApi::rejectNeedsAReasonAndPostsNothing()
{
    const qint64 before = balance(5);
    const qint64 id = request(*m_support, 5, 9000);
    QVERIFY(id > 0);
    const HttpReply bare = decide(*m_mia, id, "reject", QString());
    QCOMPARE(bare.status, 400);
    QCOMPARE(bare.errorCode(), QStringLiteral("comment_required"));
    QCOMPARE(bare.errorField(), QStringLiteral("comment"));
    const HttpReply rejected = decide(*m_mia, id, "reject", QStringLiteral("金额不对"));
    QCOMPARE(rejected.status, 200);
    const QJsonObject approval = rejected.json.value(QStringLiteral("approval")).toObject();
    QCOMPARE(approval.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(approval.value(QStringLiteral("decidedBy")).toString(), QStringLiteral("mia"));
    QCOMPARE(approval.value(QStringLiteral("comment")).toString(), QStringLiteral("金额不对"));
    QVERIFY(!rejected.json.contains(QStringLiteral("entry")));
    QCOMPARE(balance(5), before);
    const HttpReply late = decide(*m_max, id, "approve", {});
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), QStringLiteral("approval_decided"));
    QCOMPARE(balance(5), before);
}

void TestApprovalsApi::approvalPostsOnceAndReplays()
{
    // Enough points for a large deduction first.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_support
                     ->post(QStringLiteral("/v1/members/6/adjustments"),
                            {{QStringLiteral("amount"), 4000},
                             {QStringLiteral("reason"), QStringLiteral("goodwill")}})
                     .status,
                 201);
    const qint64 before = balance(6) - 8000;
    ServerDatabase db(m_server.databasePath());
    const qint64 entriesBefore =
        db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE member_id = 6")).toLongLong() - 2;
    const qint64 id = request(*m_support, 6, -5500);
    QVERIFY(id > 0);
    const HttpReply approved = decide(*m_mia, id, "approve", QStringLiteral("核实无误"), "decide-6");
    QCOMPARE(approved.status, 200);
    const QJsonObject entry = approved.json.value(QStringLiteral("entry")).toObject();
    QCOMPARE(entry.value(QStringLiteral("amount")).toInteger(), -5500);
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("adjust"));
    QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("sue"));
    const QJsonObject approval = approved.json.value(QStringLiteral("approval")).toObject();
    QCOMPARE(approval.value(QStringLiteral("entryId")).toInteger(),
             entry.value(QStringLiteral("id")).toInteger());
    QCOMPARE(balance(6), before + 8000 - 5500);
    const HttpReply replay = decide(*m_mia, id, "approve", QStringLiteral("核实无误"), "decide-6");
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, approved.body);
    QCOMPARE(balance(6), before + 8000 - 5500);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE member_id = 6")).toLongLong(),
             entriesBefore + 3);
}

void TestApprovalsApi::deductionBeyondTheBalanceIsRefusedWhenFiled()
{
    const qint64 available = balance(11);
    const HttpReply reply = m_support->post(QStringLiteral("/v1/members/11/adjustments"),
                                            {{QStringLiteral("amount"), -(available + 5001)},
                                             {QStringLiteral("reason"), QStringLiteral("violation")}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("insufficient_points"));
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE member_id = 11")).toInt(), 0);
}

void TestApprovalsApi::refusedApprovalStaysPending_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("not enough points") << QStringLiteral("insufficient_points");
    QTest::addRow("member frozen") << QStringLiteral("member_frozen");
}

void TestApprovalsApi::refusedApprovalStaysPending()
{
    QFETCH(QString, code);
    const qint64 member = code == QLatin1String("member_frozen") ? 8 : 7;
    qint64 amount = 6000;
    if (code == QLatin1String("insufficient_points")) {
        // Filed while the balance covers it; spent before the manager gets to it.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_support
                         ->post(QStringLiteral("/v1/members/7/adjustments"),
                                {{QStringLiteral("amount"), 3000},
                                 {QStringLiteral("reason"), QStringLiteral("goodwill")}})
                         .status,
                     201);
        amount = -balance(member);
    }
    const qint64 id = request(*m_support, member, amount);
    QVERIFY(id > 0);
    if (code == QLatin1String("insufficient_points"))
        QCOMPARE(m_support
                     ->post(QStringLiteral("/v1/members/7/adjustments"),
                            {{QStringLiteral("amount"), -1},
                             {QStringLiteral("reason"), QStringLiteral("violation")}})
                     .status,
                 201);
    if (code == QLatin1String("member_frozen")) {
        const HttpReply frozen = m_support->send("PATCH", QStringLiteral("/v1/members/%1").arg(member),
                                                 R"({"status": "frozen", "reason": "核查中"})",
                                                 {{"Content-Type", "application/json"}});
        QCOMPARE(frozen.status, 200);
    }
    const qint64 before = balance(member);
    const HttpReply refused = decide(*m_max, id, "approve", {});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), code);
    QCOMPARE(balance(member), before);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT status FROM approvals WHERE id = %1").arg(id)).toString(),
             QStringLiteral("pending"));
    QCOMPARE(decide(*m_max, id, "reject", QStringLiteral("不能过账")).status, 200);
}

void TestApprovalsApi::queueIsOldestFirstAndFiltersByStatus()
{
    const qint64 first = request(*m_support, 9, 5100);
    const qint64 second = request(*m_support, 10, 5200);
    QVERIFY(first > 0 && second > first);
    const HttpReply queue = m_mia->get(QStringLiteral("/v1/approvals?status=pending&limit=500"));
    QCOMPARE(queue.status, 200);
    QList<qint64> ids;
    for (const QJsonValue &item : queue.json.value(QStringLiteral("items")).toArray())
        ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(ids.contains(first) && ids.contains(second));
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    const QJsonObject one = queue.json.value(QStringLiteral("items")).toArray().first().toObject();
    QVERIFY(!one.value(QStringLiteral("memberNo")).toString().isEmpty());
    QVERIFY(!one.value(QStringLiteral("memberName")).toString().isEmpty());
    const HttpReply rejected = m_mia->get(QStringLiteral("/v1/approvals?status=rejected"));
    QCOMPARE(rejected.status, 200);
    for (const QJsonValue &item : rejected.json.value(QStringLiteral("items")).toArray())
        QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const HttpReply wrong = m_mia->get(QStringLiteral("/v1/approvals?status=maybe"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorField(), QStringLiteral("status"));
    // Paging walks the queue in order.
    const HttpReply page = m_mia->get(QStringLiteral("/v1/approvals?limit=1"));
    QCOMPARE(page.json.value(QStringLiteral("items")).toArray().size(), 1);
    QVERIFY(page.json.value(QStringLiteral("nextCursor")).isString());
}

void TestApprovalsApi::decisionsAreInTheMembersAuditTrail()
{
    // Member 3: mia requested, max approved (requesterCannotDecideTheirOwn).
    const HttpReply trail = m_support->get(QStringLiteral("/v1/members/3/audit"));
    QCOMPARE(trail.status, 200);
    QStringList actions;
    for (const QJsonValue &item : trail.json.value(QStringLiteral("items")).toArray())
        actions.append(item.toObject().value(QStringLiteral("action")).toString() + QLatin1Char('/') +
                       item.toObject().value(QStringLiteral("actor")).toString());
    QVERIFY2(actions.contains(QStringLiteral("approval.request/mia")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("approval.approve/max")), qPrintable(actions.join(u',')));
    QVERIFY(actions.indexOf(QStringLiteral("approval.approve/max")) <
            actions.indexOf(QStringLiteral("approval.request/mia"))); // newest first
}

QTEST_GUILESS_MAIN(TestApprovalsApi)
#include "tst_approvalsapi.moc"
