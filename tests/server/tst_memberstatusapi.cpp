#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// The member 360 writes: freeze / unfreeze (support), blacklist / lift (manager), manual tier, notes,
// and what the member view reads back (tier card, audit trail, ledger filters).
class TestMemberStatusApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void frozenMemberNeitherEarnsNorSpends();
    void statusChangeNeedsAReason_data();
    void statusChangeNeedsAReason();
    void blacklistForfeitsAndCancels();
    void blacklistIsForManagersAndReplays();
    void liftRestoresNothingAndSaysSo();
    void manualTierHoldsUntilItEnds();
    void manualTierValidation_data();
    void manualTierValidation();
    void notesAppendNewestFirst();
    void memberAuditTrailHasEveryChange();
    void ledgerFilters_data();
    void ledgerFilters();
    void tierCardReportsProgress();

private:
    HttpReply patch(TestHttp &who, qint64 memberId, const QByteArray &body);
    HttpReply remove(TestHttp &who, const QString &path, const QByteArray &body);
    QJsonObject member(qint64 id);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_support;
    std::unique_ptr<TestHttp> m_manager;
};

void TestMemberStatusApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(30));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    {
        ServerDatabase db(m_server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET status = 'active'")));
    }
    QVERIFY(m_server.start());
    m_support = std::make_unique<TestHttp>(m_server.baseUrl());
    m_manager = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_support->login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QCOMPARE(m_manager->login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

HttpReply TestMemberStatusApi::patch(TestHttp &who, qint64 memberId, const QByteArray &body)
{
    return who.send("PATCH", QStringLiteral("/v1/members/%1").arg(memberId), body,
                    {{"Content-Type", "application/json"}});
}

HttpReply TestMemberStatusApi::remove(TestHttp &who, const QString &path, const QByteArray &body)
{
    return who.send("DELETE", path, body, {{"Content-Type", "application/json"}});
}

QJsonObject TestMemberStatusApi::member(qint64 id)
{
    return m_support->get(QStringLiteral("/v1/members/%1").arg(id)).json;
}

void TestMemberStatusApi::frozenMemberNeitherEarnsNorSpends()
{
    const HttpReply frozen = patch(*m_support, 1, R"({"status": "frozen", "reason": "疑似盗号"})");
    QCOMPARE(frozen.status, 200);
    QCOMPARE(frozen.json.value(QStringLiteral("status")).toString(), QStringLiteral("frozen"));
    QCOMPARE(frozen.json.value(QStringLiteral("statusReason")).toString(), QStringLiteral("疑似盗号"));
    QVERIFY(!frozen.json.value(QStringLiteral("statusChangedAt")).toString().isEmpty());
    const qint64 balance = frozen.json.value(QStringLiteral("balance")).toInteger();
    for (qint64 amount : {100, -1}) {
        const HttpReply refused = m_support->post(
            QStringLiteral("/v1/members/1/adjustments"),
            {{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("member_frozen"));
    }
    QCOMPARE(member(1).value(QStringLiteral("balance")).toInteger(), balance);
    const HttpReply again = patch(*m_support, 1, R"({"status": "frozen", "reason": "again"})");
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("status_unchanged"));
    QCOMPARE(patch(*m_support, 1, R"({"status": "active", "reason": "核实本人"})").status, 200);
    QCOMPARE(
        m_support
            ->post(QStringLiteral("/v1/members/1/adjustments"),
                   {{QStringLiteral("amount"), 100}, {QStringLiteral("reason"), QStringLiteral("goodwill")}})
            .status,
        201);
}

void TestMemberStatusApi::statusChangeNeedsAReason_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addRow("no reason") << QByteArray(R"({"status": "frozen"})") << QStringLiteral("reason_required");
    QTest::addRow("blank reason") << QByteArray(R"({"status": "frozen", "reason": "  "})")
                                  << QStringLiteral("reason_required");
    QTest::addRow("long reason") << (R"({"status": "frozen", "reason": ")" + QByteArray(201, 'x') + R"("})")
                                 << QStringLiteral("reason_too_long");
    QTest::addRow("blacklist by patch")
        << QByteArray(R"({"status": "blacklisted", "reason": "x"})") << QStringLiteral("status_invalid");
    QTest::addRow("no status") << QByteArray(R"({"reason": "x"})") << QStringLiteral("status_invalid");
}

void TestMemberStatusApi::statusChangeNeedsAReason()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const HttpReply reply = patch(*m_support, 2, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(member(2).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TestMemberStatusApi::blacklistForfeitsAndCancels()
{
    // Something pending of each kind: points waiting for an event, and a large adjustment waiting.
    const QString deadline = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
    QCOMPARE(m_support
                 ->post(QStringLiteral("/v1/members/3/pending"),
                        {{QStringLiteral("amount"), 50},
                         {QStringLiteral("reason"), QStringLiteral("share_reward")},
                         {QStringLiteral("eventKey"), QStringLiteral("share:3")},
                         {QStringLiteral("deadline"), deadline}})
                 .status,
             201);
    QCOMPARE(m_support
                 ->post(QStringLiteral("/v1/members/3/adjustments"),
                        {{QStringLiteral("amount"), 9000},
                         {QStringLiteral("reason"), QStringLiteral("correction")},
                         {QStringLiteral("note"), QStringLiteral("x")}})
                 .status,
             202);
    const qint64 balance = member(3).value(QStringLiteral("balance")).toInteger();
    QVERIFY(balance > 0);
    const HttpReply reply = m_manager->post(QStringLiteral("/v1/members/3/blacklist"),
                                            {{QStringLiteral("reason"), QStringLiteral("刷单团伙")}}, "bl-3");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("forfeited")).toInteger(), balance);
    QCOMPARE(reply.json.value(QStringLiteral("cancelledPending")).toInteger(), 1);
    QCOMPARE(reply.json.value(QStringLiteral("cancelledApprovals")).toInteger(), 1);
    const QJsonObject after = member(3);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("blacklisted"));
    QCOMPARE(after.value(QStringLiteral("balance")).toInteger(), 0);
    QCOMPARE(after.value(QStringLiteral("pendingPoints")).toInteger(), 0);
    QCOMPARE(after.value(QStringLiteral("expiringPoints30d")).toInteger(), 0);
    // The forfeit is a ledger entry, and the lots are empty: the invariant holds.
    const HttpReply ledger = m_support->get(QStringLiteral("/v1/members/3/ledger?kind=forfeit"));
    QCOMPARE(ledger.json.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(ledger.json.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toInteger(),
             -balance);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COALESCE(SUM(remaining), 0) FROM lots WHERE member_id = 3"))
                 .toLongLong(),
             0);
    QCOMPARE(db.value(QStringLiteral("SELECT status FROM approvals WHERE member_id = 3")).toString(),
             QStringLiteral("cancelled"));
    // Nothing moves on a blacklisted member, not even a freeze.
    QCOMPARE(patch(*m_support, 3, R"({"status": "frozen", "reason": "x"})").errorCode(),
             QStringLiteral("member_blacklisted"));
    QCOMPARE(
        m_support
            ->post(QStringLiteral("/v1/members/3/adjustments"),
                   {{QStringLiteral("amount"), 10}, {QStringLiteral("reason"), QStringLiteral("goodwill")}})
            .errorCode(),
        QStringLiteral("member_blacklisted"));
    QCOMPARE(m_manager
                 ->post(QStringLiteral("/v1/members/3/blacklist"),
                        {{QStringLiteral("reason"), QStringLiteral("x")}})
                 .errorCode(),
             QStringLiteral("status_unchanged"));
}

void TestMemberStatusApi::blacklistIsForManagersAndReplays()
{
    QCOMPARE(m_support
                 ->post(QStringLiteral("/v1/members/4/blacklist"),
                        {{QStringLiteral("reason"), QStringLiteral("x")}})
                 .status,
             403);
    QCOMPARE(member(4).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const HttpReply first = m_manager->post(QStringLiteral("/v1/members/4/blacklist"),
                                            {{QStringLiteral("reason"), QStringLiteral("r")}}, "bl-4");
    QCOMPARE(first.status, 200);
    const HttpReply replay = m_manager->post(QStringLiteral("/v1/members/4/blacklist"),
                                             {{QStringLiteral("reason"), QStringLiteral("r")}}, "bl-4");
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
}

void TestMemberStatusApi::liftRestoresNothingAndSaysSo()
{
    QCOMPARE(remove(*m_support, QStringLiteral("/v1/members/4/blacklist"), R"({"reason": "x"})").status, 403);
    const HttpReply bare = remove(*m_manager, QStringLiteral("/v1/members/4/blacklist"), {});
    QCOMPARE(bare.status, 400);
    QCOMPARE(bare.errorField(), QStringLiteral("reason"));
    const HttpReply lifted =
        remove(*m_manager, QStringLiteral("/v1/members/4/blacklist"), R"({"reason": "申诉成功"})");
    QCOMPARE(lifted.status, 200);
    QCOMPARE(lifted.json.value(QStringLiteral("restored")).toInteger(), 0);
    QVERIFY(lifted.json.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Nothing was restored")));
    const QJsonObject after = lifted.json.value(QStringLiteral("member")).toObject();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(after.value(QStringLiteral("balance")).toInteger(), 0);
    QCOMPARE(remove(*m_manager, QStringLiteral("/v1/members/4/blacklist"), R"({"reason": "x"})").errorCode(),
             QStringLiteral("not_blacklisted"));
}

void TestMemberStatusApi::manualTierHoldsUntilItEnds()
{
    const QJsonObject before = member(5);
    const qint64 engineTier =
        before.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 diamond = 4;
    const QString until = QDateTime::currentDateTimeUtc().addDays(90).toString(Qt::ISODate);
    const HttpReply set = m_support->post(QStringLiteral("/v1/members/5/tier"),
                                          {{QStringLiteral("tierId"), diamond},
                                           {QStringLiteral("reason"), QStringLiteral("大客户维护")},
                                           {QStringLiteral("until"), until}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toInteger(),
             diamond);
    const QJsonObject manual = set.json.value(QStringLiteral("tierManual")).toObject();
    QCOMPARE(manual.value(QStringLiteral("reason")).toString(), QStringLiteral("大客户维护"));
    QCOMPARE(manual.value(QStringLiteral("actor")).toString(), QStringLiteral("sue"));
    // It holds whatever the member earns: no retention goal while it lasts.
    QVERIFY(
        set.json.value(QStringLiteral("tierProgress")).toObject().value(QStringLiteral("retain")).isNull());
    QCOMPARE(QDateTime::fromString(set.json.value(QStringLiteral("tierUntil")).toString(), Qt::ISODateWithMs),
             QDateTime::fromString(until, Qt::ISODate));
    // The diamond tier keeps new lots 24 months.
    const HttpReply earned = m_support->post(
        QStringLiteral("/v1/members/5/adjustments"),
        {{QStringLiteral("amount"), 100}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    QCOMPARE(earned.status, 201);
    const QDateTime at =
        QDateTime::fromString(earned.json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    QCOMPARE(
        QDateTime::fromString(earned.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs),
        at.addMonths(24));
    // Ending it early shows the engine's tier again.
    const HttpReply ended =
        remove(*m_support, QStringLiteral("/v1/members/5/tier"), R"({"reason": "活动结束"})");
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.json.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toInteger(),
             engineTier);
    QVERIFY(ended.json.value(QStringLiteral("tierManual")).isNull());
    QCOMPARE(remove(*m_support, QStringLiteral("/v1/members/5/tier"), R"({"reason": "x"})").errorCode(),
             QStringLiteral("no_manual_tier"));
    // A manual tier whose end has passed is simply over.
    {
        ServerDatabase db(m_server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET manual_tier_id = 4, manual_tier_since = 1, "
                                       "manual_tier_until = 2, manual_tier_reason = 'old' WHERE id = 5")));
    }
    QCOMPARE(member(5).value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toInteger(),
             engineTier);
}

void TestMemberStatusApi::manualTierValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString future = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const QString far = QDateTime::currentDateTimeUtc().addDays(800).toString(Qt::ISODate);
    QTest::addRow("no tier") << QJsonObject{{QStringLiteral("reason"), QStringLiteral("r")},
                                            {QStringLiteral("until"), future}}
                             << QStringLiteral("tierId");
    QTest::addRow("unknown tier") << QJsonObject{{QStringLiteral("tierId"), 99},
                                                 {QStringLiteral("reason"), QStringLiteral("r")},
                                                 {QStringLiteral("until"), future}}
                                  << QStringLiteral("tierId");
    QTest::addRow("no reason") << QJsonObject{{QStringLiteral("tierId"), 2},
                                              {QStringLiteral("until"), future}}
                               << QStringLiteral("reason");
    QTest::addRow("no end") << QJsonObject{{QStringLiteral("tierId"), 2},
                                           {QStringLiteral("reason"), QStringLiteral("r")}}
                            << QStringLiteral("until");
    QTest::addRow("end passed") << QJsonObject{{QStringLiteral("tierId"), 2},
                                               {QStringLiteral("reason"), QStringLiteral("r")},
                                               {QStringLiteral("until"), past}}
                                << QStringLiteral("until");
    QTest::addRow("too long") << QJsonObject{{QStringLiteral("tierId"), 2},
                                             {QStringLiteral("reason"), QStringLiteral("r")},
                                             {QStringLiteral("until"), far}}
                              << QStringLiteral("until");
}

void TestMemberStatusApi::manualTierValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpReply reply = m_support->post(QStringLiteral("/v1/members/6/tier"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(member(6).value(QStringLiteral("tierManual")).isNull());
}

void TestMemberStatusApi::notesAppendNewestFirst()
{
    QCOMPARE(m_support
                 ->post(QStringLiteral("/v1/members/7/notes"),
                        {{QStringLiteral("text"), QStringLiteral("来电咨询积分")}})
                 .status,
             201);
    const HttpReply second = m_support->post(QStringLiteral("/v1/members/7/notes"),
                                             {{QStringLiteral("text"), QStringLiteral("已回电")}});
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.value(QStringLiteral("author")).toString(), QStringLiteral("sue"));
    const HttpReply empty = m_support->post(QStringLiteral("/v1/members/7/notes"),
                                            {{QStringLiteral("text"), QStringLiteral(" ")}});
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.errorCode(), QStringLiteral("text_required"));
    const HttpReply list = m_support->get(QStringLiteral("/v1/members/7/notes"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("已回电"));
    QCOMPARE(m_support->get(QStringLiteral("/v1/members/99999/notes")).status, 404);
}

void TestMemberStatusApi::memberAuditTrailHasEveryChange()
{
    const HttpReply trail = m_support->get(QStringLiteral("/v1/members/1/audit?limit=50"));
    QCOMPARE(trail.status, 200);
    QStringList actions;
    for (const QJsonValue &item : trail.json.value(QStringLiteral("items")).toArray())
        actions.append(item.toObject().value(QStringLiteral("action")).toString());
    // Newest first: the adjustment after the unfreeze, the unfreeze, the freeze.
    QCOMPARE(actions.mid(0, 3),
             (QStringList{QStringLiteral("points.adjust"), QStringLiteral("member.unfreeze"),
                          QStringLiteral("member.freeze")}));
    const HttpReply other = m_support->get(QStringLiteral("/v1/members/3/audit"));
    QStringList otherActions;
    for (const QJsonValue &item : other.json.value(QStringLiteral("items")).toArray())
        otherActions.append(item.toObject().value(QStringLiteral("action")).toString());
    QVERIFY(otherActions.contains(QStringLiteral("member.blacklist")));
    QVERIFY(otherActions.contains(QStringLiteral("pending.create")));
    QVERIFY(!otherActions.contains(QStringLiteral("member.freeze")));
}

void TestMemberStatusApi::ledgerFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("kinds");
    QTest::addRow("earn") << QStringLiteral("kind=earn") << QStringList{QStringLiteral("earn")};
    QTest::addRow("earn and spend") << QStringLiteral("kind=earn,spend")
                                    << QStringList{QStringLiteral("earn"), QStringLiteral("spend")};
    QTest::addRow("adjust") << QStringLiteral("kind=adjust") << QStringList{QStringLiteral("adjust")};
}

void TestMemberStatusApi::ledgerFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, kinds);
    const HttpReply all = m_support->get(QStringLiteral("/v1/members/10/ledger?limit=500"));
    const HttpReply filtered = m_support->get(QStringLiteral("/v1/members/10/ledger?limit=500&") + query);
    QCOMPARE(filtered.status, 200);
    int expected = 0;
    for (const QJsonValue &item : all.json.value(QStringLiteral("items")).toArray())
        expected += kinds.contains(item.toObject().value(QStringLiteral("kind")).toString()) ? 1 : 0;
    const QJsonArray items = filtered.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), expected);
    for (const QJsonValue &item : items)
        QVERIFY(kinds.contains(item.toObject().value(QStringLiteral("kind")).toString()));
    // A date window: only entries in [from, to).
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-90);
    const HttpReply recent = m_support->get(
        QStringLiteral("/v1/members/10/ledger?limit=500&from=%1").arg(from.toString(Qt::ISODate)));
    for (const QJsonValue &item : recent.json.value(QStringLiteral("items")).toArray())
        QVERIFY(QDateTime::fromString(item.toObject().value(QStringLiteral("createdAt")).toString(),
                                      Qt::ISODateWithMs) >= from);
    const HttpReply bad = m_support->get(QStringLiteral("/v1/members/10/ledger?kind=gift"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorField(), QStringLiteral("kind"));
}

void TestMemberStatusApi::tierCardReportsProgress()
{
    ServerDatabase db(m_server.databasePath());
    const qint64 silverMember =
        db.value(
              QStringLiteral("SELECT m.id FROM members m JOIN tiers t ON t.id = m.tier_id WHERE t.rank = 2 "
                             "AND m.status = 'active' AND m.manual_tier_id IS NULL LIMIT 1"))
            .toLongLong();
    if (silverMember == 0)
        QSKIP("the demo data has no silver member");
    const QJsonObject json = member(silverMember);
    const QJsonObject progress = json.value(QStringLiteral("tierProgress")).toObject();
    // Toward Gold (the default ladder): the nearer of its bars, 2,000 yuan spent or 10 recent orders.
    const QJsonObject next = progress.value(QStringLiteral("next")).toObject();
    QCOMPARE(next.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt(), 3);
    const QString metric = next.value(QStringLiteral("metric")).toString();
    QVERIFY2(metric == QLatin1String("cumulativeSpend") || metric == QLatin1String("recentOrders"),
             qPrintable(metric));
    const bool bySpend = metric == QLatin1String("cumulativeSpend");
    QCOMPARE(next.value(QStringLiteral("target")).toInteger(), bySpend ? 200000 : 10);
    QCOMPARE(next.value(QStringLiteral("current")).toInteger(),
             db.value(QStringLiteral("SELECT %1 FROM members WHERE id = ?")
                          .arg(bySpend ? QLatin1String("cumulative_spend") : QLatin1String("recent_orders")),
                      {silverMember})
                 .toLongLong());
    // Keeping Silver: 200 yuan spent in the tier period, by its end.
    const QJsonObject retain = progress.value(QStringLiteral("retain")).toObject();
    QCOMPARE(retain.value(QStringLiteral("metric")).toString(), QStringLiteral("periodSpend"));
    QCOMPARE(retain.value(QStringLiteral("target")).toInteger(), 20000);
    QCOMPARE(retain.value(QStringLiteral("current")).toInteger(),
             db.value(QStringLiteral("SELECT period_spend FROM members WHERE id = ?"), {silverMember})
                 .toLongLong());
    QCOMPARE(retain.value(QStringLiteral("by")).toString(),
             json.value(QStringLiteral("tierUntil")).toString());
    QVERIFY(QDateTime::fromString(json.value(QStringLiteral("tierUntil")).toString(), Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc());
    QCOMPARE(json.value(QStringLiteral("tierAtRisk")).toBool(),
             !db.value(QStringLiteral("SELECT tier_at_risk_since FROM members WHERE id = ?"), {silverMember})
                  .isNull());
}

QTEST_GUILESS_MAIN(TestMemberStatusApi)
#include "tst_memberstatusapi.moc"
