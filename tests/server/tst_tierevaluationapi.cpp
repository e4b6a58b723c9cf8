#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString isoAgo(qint64 days)
{
    return QDateTime::currentDateTimeUtc().addMSecs(-days * kDayMs).toString(Qt::ISODateWithMs);
}

QJsonObject order(const QString &id, qint64 memberId, qint64 fen, const QString &at = {})
{
    QJsonObject event{{QStringLiteral("id"), id},
                      {QStringLiteral("memberId"), memberId},
                      {QStringLiteral("type"), QStringLiteral("order")},
                      {QStringLiteral("amount"), fen}};
    if (!at.isEmpty())
        event.insert(QStringLiteral("at"), at);
    return event;
}

QJsonObject activity(const QString &id, qint64 memberId, const QString &type)
{
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("memberId"), memberId}, {QStringLiteral("type"), type}};
}

QJsonObject batch(const QJsonArray &events)
{
    return {{QStringLiteral("events"), events}};
}
} // namespace

// Member activity events (POST /v1/events) move the tier metrics and upgrade at once; points earned in
// the period count where a ladder measures them; a publish moves up everyone the new ladder ranks higher.
class TestTierEvaluationApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void orderUpgradesAtOnce_data();
    void orderUpgradesAtOnce();
    void recentOrdersUpgrade_data();
    void recentOrdersUpgrade();
    void replayChangesNothing();
    void sameIdOtherBodyIsConflict();
    void badEventRefusesTheWholeBody_data();
    void badEventRefusesTheWholeBody();
    void unknownMemberRejectedOthersApply();
    void blacklistedMemberIsNotUpgraded();
    void eventsAreForAdministrators();
    void periodPointsUpgradeUnderANewLadder();

private:
    qint64 nextMember() { return m_nextMember++; }
    HttpReply postEvents(const QJsonObject &body)
    {
        return m_admin->post(QStringLiteral("/v1/events"), body);
    }
    QJsonObject member(qint64 id) { return m_admin->get(QStringLiteral("/v1/members/%1").arg(id)).json; }
    static int rankOf(const QJsonObject &member)
    {
        return member.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt();
    }
    qint64 metric(qint64 id, const char *column);
    QJsonObject follow(qint64 jobId);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_admin;
    qint64 m_nextMember = 1;
    qint64 m_blacklisted = 0;
    qint64 m_earlyPoints = 0; // has period points before the ladder that counts them is published
};

void TestTierEvaluationApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(60));
    QVERIFY(m_server.createUser(QStringLiteral("ada"), QStringLiteral("admin")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    {
        // Everyone starts in the lowest tier with no activity, active, without a manual tier.
        ServerDatabase db(m_server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral(
            "UPDATE members SET tier_id = (SELECT id FROM tiers WHERE rank = 1), tier_until = NULL, "
            "manual_tier_id = NULL, manual_tier_until = NULL, status = 'active', cumulative_spend = 0, "
            "period_spend = 0, recent_orders = 0, interactions = 0, completed_tasks = 0, visit_minutes = 0, "
            "period_points = 0, tier_at_risk_since = NULL")));
        m_blacklisted = 60;
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET status = 'blacklisted' WHERE id = 60")));
        m_earlyPoints = 59;
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET period_points = 500 WHERE id = 59")));
    }
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    m_admin = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("ada"), QString::fromLatin1(TestServer::kPassword)).status, 200);
}

qint64 TestTierEvaluationApi::metric(qint64 id, const char *column)
{
    ServerDatabase db(m_server.databasePath());
    return db.value(QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(QLatin1String(column)), {id})
        .toLongLong();
}

QJsonObject TestTierEvaluationApi::follow(qint64 jobId)
{
    QJsonObject job;
    for (int i = 0; i < 400; ++i) {
        job = m_admin->get(QStringLiteral("/v1/jobs/%1").arg(jobId)).json;
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("failed"))
            return job;
        QTest::qWait(50);
    }
    return job;
}

void TestTierEvaluationApi::orderUpgradesAtOnce_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<int>("rank");
    QTest::addColumn<QString>("nextMetric"); // the nearest bar of the next tier
    QTest::addColumn<qint64>("nextTarget");
    QTest::addColumn<QString>("retainMetric"); // the nearest retention bar in the new period
    QTest::addColumn<qint64>("retainCurrent");
    QTest::addRow("1 fen short of Silver")
        << qint64(49999) << 1 << QStringLiteral("cumulativeSpend") << qint64(50000) << QString() << qint64(0);
    QTest::addRow("Silver's bar: 500 yuan") << qint64(50000) << 2 << QStringLiteral("cumulativeSpend")
                                            << qint64(200000) << QStringLiteral("periodSpend") << qint64(0);
    // Gold is kept with 5 orders in 3 months (the member has 1), the nearest of its three bars.
    QTest::addRow("Gold's bar at once") << qint64(200000) << 3 << QStringLiteral("score") << qint64(5000)
                                        << QStringLiteral("recentOrders") << qint64(1);
}

void TestTierEvaluationApi::orderUpgradesAtOnce()
{
    QFETCH(qint64, fen);
    QFETCH(int, rank);
    QFETCH(QString, nextMetric);
    QFETCH(qint64, nextTarget);
    QFETCH(QString, retainMetric);
    QFETCH(qint64, retainCurrent);
    const qint64 id = nextMember();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const HttpReply reply = postEvents(order(QStringLiteral("order-%1").arg(id), id, fen));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject result = results.first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(result.value(QStringLiteral("memberId")).toInteger(), id);
    QCOMPARE(result.value(QStringLiteral("upgraded")).toBool(), rank > 1);
    QCOMPARE(result.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt(), rank);
    QVERIFY(!result.contains(QStringLiteral("error")));

    const QJsonObject after = member(id);
    QCOMPARE(rankOf(after), rank);
    QCOMPARE(after.value(QStringLiteral("tierAtRisk")).toBool(), false);
    const QJsonObject next =
        after.value(QStringLiteral("tierProgress")).toObject().value(QStringLiteral("next")).toObject();
    QCOMPARE(next.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt(), rank + 1);
    QCOMPARE(next.value(QStringLiteral("metric")).toString(), nextMetric);
    QCOMPARE(next.value(QStringLiteral("target")).toInteger(), nextTarget);
    const QJsonValue retain =
        after.value(QStringLiteral("tierProgress")).toObject().value(QStringLiteral("retain"));
    if (rank == 1) {
        QCOMPARE(next.value(QStringLiteral("current")).toInteger(), fen);
        QVERIFY(retain.isNull());
        QCOMPARE(metric(id, "period_spend"), fen);
        return;
    }
    // A new tier period starts now: a year long, the period's spend from zero.
    const QDateTime since =
        QDateTime::fromString(after.value(QStringLiteral("tierSince")).toString(), Qt::ISODateWithMs);
    const QDateTime until =
        QDateTime::fromString(after.value(QStringLiteral("tierUntil")).toString(), Qt::ISODateWithMs);
    QVERIFY2(since >= before && since <= QDateTime::currentDateTimeUtc(),
             qPrintable(since.toString(Qt::ISODate)));
    QCOMPARE(until, since.addMonths(12));
    QCOMPARE(metric(id, "period_spend"), 0);
    QCOMPARE(metric(id, "cumulative_spend"), fen);
    QCOMPARE(retain.toObject().value(QStringLiteral("metric")).toString(), retainMetric);
    QCOMPARE(retain.toObject().value(QStringLiteral("current")).toInteger(), retainCurrent);
    QCOMPARE(retain.toObject().value(QStringLiteral("by")).toString(),
             after.value(QStringLiteral("tierUntil")).toString());

    ServerDatabase db(m_server.databasePath());
    const QList<QVariantList> audit =
        db.rows(QStringLiteral(
                    "SELECT actor_name, before_json, after_json FROM audit_log WHERE action = 'tier.upgrade' "
                    "AND member_id = ?"),
                {id});
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().at(0).toString(), QStringLiteral("ada"));
    QVERIFY(audit.first().at(1).toString().contains(QStringLiteral("\"rank\":1")));
    QVERIFY(audit.first().at(2).toString().contains(QStringLiteral("\"rank\":%1").arg(rank)));
}

void TestTierEvaluationApi::recentOrdersUpgrade_data()
{
    QTest::addColumn<QList<int>>("daysAgo"); // one small order each
    QTest::addColumn<int>("rank");
    QTest::addColumn<qint64>("recentOrders");
    QTest::addRow("3 orders in 3 months") << QList<int>{80, 10, 0} << 2 << qint64(3);
    QTest::addRow("one of them older") << QList<int>{100, 10, 0} << 1 << qint64(2);
}

void TestTierEvaluationApi::recentOrdersUpgrade()
{
    QFETCH(QList<int>, daysAgo);
    QFETCH(int, rank);
    QFETCH(qint64, recentOrders);
    const qint64 id = nextMember();
    QJsonArray events;
    for (int days : daysAgo)
        events.append(order(QStringLiteral("recent-%1-%2").arg(id).arg(days), id, 1000, isoAgo(days)));
    const HttpReply reply = postEvents(batch(events));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), daysAgo.size());
    // The last order is the one that crosses the bar.
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("upgraded")).toBool(), false);
    QCOMPARE(results.last().toObject().value(QStringLiteral("upgraded")).toBool(), rank > 1);
    QCOMPARE(rankOf(member(id)), rank);
    QCOMPARE(metric(id, "cumulative_spend"), qint64(1000) * daysAgo.size());
    if (rank == 1)
        QCOMPARE(metric(id, "recent_orders"), recentOrders);
    // The newest order is the member's last activity.
    QCOMPARE(
        QDateTime::fromString(member(id).value(QStringLiteral("lastActiveAt")).toString(), Qt::ISODateWithMs)
            .toMSecsSinceEpoch(),
        QDateTime::fromString(events.last().toObject().value(QStringLiteral("at")).toString(),
                              Qt::ISODateWithMs)
            .toMSecsSinceEpoch());
}

void TestTierEvaluationApi::replayChangesNothing()
{
    const qint64 id = nextMember();
    const QJsonObject event = order(QStringLiteral("replayed"), id, 60000);
    QCOMPARE(postEvents(event).status, 200);
    QCOMPARE(rankOf(member(id)), 2);
    const HttpReply again = postEvents(event);
    QCOMPARE(again.status, 200);
    const QJsonObject result = again.json.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(result.value(QStringLiteral("upgraded")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt(), 2);
    QCOMPARE(metric(id, "cumulative_spend"), 60000);
    QCOMPARE(metric(id, "recent_orders"), 1);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM member_events WHERE id = 'replayed'")).toInt(), 1);
}

void TestTierEvaluationApi::sameIdOtherBodyIsConflict()
{
    const qint64 id = nextMember();
    QCOMPARE(postEvents(order(QStringLiteral("reused"), id, 100)).status, 200);
    const HttpReply other = postEvents(order(QStringLiteral("reused"), id, 90000));
    QCOMPARE(other.status, 200);
    const QJsonObject result = other.json.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    const QJsonObject error = result.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("event_id_reused"));
    QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("id"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(metric(id, "cumulative_spend"), 100);
    QCOMPARE(rankOf(member(id)), 1);
}

void TestTierEvaluationApi::badEventRefusesTheWholeBody_data()
{
    QTest::addColumn<QJsonObject>("bad"); // sent third in a batch of three
    QTest::addColumn<QString>("field");
    const qint64 id = 1;
    QJsonObject noAmount = order(QStringLiteral("bad-a"), id, 1);
    noAmount.remove(QStringLiteral("amount"));
    QTest::addRow("order without amount") << noAmount << QStringLiteral("events[2].amount");
    QTest::addRow("order of 0 fen") << order(QStringLiteral("bad-b"), id, 0)
                                    << QStringLiteral("events[2].amount");
    QJsonObject fraction = order(QStringLiteral("bad-c"), id, 1);
    fraction.insert(QStringLiteral("amount"), 10.5);
    QTest::addRow("fen as a fraction") << fraction << QStringLiteral("events[2].amount");
    QJsonObject visit = activity(QStringLiteral("bad-d"), id, QStringLiteral("visit"));
    visit.insert(QStringLiteral("minutes"), 0);
    QTest::addRow("visit of 0 minutes") << visit << QStringLiteral("events[2].minutes");
    QTest::addRow("unknown type") << activity(QStringLiteral("bad-e"), id, QStringLiteral("refund"))
                                  << QStringLiteral("events[2].type");
    QTest::addRow("no id") << activity(QString(), id, QStringLiteral("task"))
                           << QStringLiteral("events[2].id");
    QTest::addRow("id too long") << activity(QString(101, QLatin1Char('x')), id, QStringLiteral("task"))
                                 << QStringLiteral("events[2].id");
    QJsonObject member = activity(QStringLiteral("bad-f"), id, QStringLiteral("task"));
    member.insert(QStringLiteral("memberId"), QStringLiteral("1"));
    QTest::addRow("member id as text") << member << QStringLiteral("events[2].memberId");
    QTest::addRow("in the future") << order(
                                          QStringLiteral("bad-g"), id, 1,
                                          QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate))
                                   << QStringLiteral("events[2].at");
    QTest::addRow("time without zone")
        << order(QStringLiteral("bad-h"), id, 1, QStringLiteral("2026-01-01T10:00:00"))
        << QStringLiteral("events[2].at");
}

void TestTierEvaluationApi::badEventRefusesTheWholeBody()
{
    QFETCH(QJsonObject, bad);
    QFETCH(QString, field);
    const qint64 id = nextMember();
    const HttpReply reply =
        postEvents(batch({order(QStringLiteral("fine-1-%1").arg(id), id, 90000),
                          activity(QStringLiteral("fine-2-%1").arg(id), id, QStringLiteral("task")), bad}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(metric(id, "cumulative_spend"), 0);
    QCOMPARE(metric(id, "completed_tasks"), 0);
    QCOMPARE(rankOf(member(id)), 1);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM member_events WHERE member_id = ?"), {id}).toInt(),
             0);

    // The same event alone names the field without the list's prefix.
    const HttpReply alone = postEvents(bad);
    QCOMPARE(alone.status, 400);
    QCOMPARE(alone.errorField(), field.mid(QStringLiteral("events[2].").size()));
}

void TestTierEvaluationApi::unknownMemberRejectedOthersApply()
{
    const qint64 id = nextMember();
    QJsonObject visit = activity(QStringLiteral("visit-%1").arg(id), id, QStringLiteral("visit"));
    visit.insert(QStringLiteral("minutes"), 25);
    const HttpReply reply =
        postEvents(batch({activity(QStringLiteral("like-%1").arg(id), id, QStringLiteral("interaction")),
                          activity(QStringLiteral("nobody"), 999999, QStringLiteral("interaction")),
                          activity(QStringLiteral("task-%1").arg(id), id, QStringLiteral("task")), visit}));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    QStringList statuses;
    for (const QJsonValue &result : results)
        statuses.append(result.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(statuses, (QStringList{QStringLiteral("applied"), QStringLiteral("rejected"),
                                    QStringLiteral("applied"), QStringLiteral("applied")}));
    const QJsonObject rejected = results.at(1).toObject();
    QVERIFY(rejected.value(QStringLiteral("tier")).isNull());
    QCOMPARE(rejected.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("member_not_found"));
    QCOMPARE(rejected.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("events[1].memberId"));
    QCOMPARE(metric(id, "interactions"), 1);
    QCOMPARE(metric(id, "completed_tasks"), 1);
    QCOMPARE(metric(id, "visit_minutes"), 25);
    // A rejected event is not kept: sent again once the member exists, it would apply.
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM member_events WHERE id = 'nobody'")).toInt(), 0);
}

void TestTierEvaluationApi::blacklistedMemberIsNotUpgraded()
{
    const HttpReply reply = postEvents(order(QStringLiteral("blacklisted-order"), m_blacklisted, 250000));
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(result.value(QStringLiteral("upgraded")).toBool(), false);
    QCOMPARE(rankOf(member(m_blacklisted)), 1);
    // The spend still counts.
    QCOMPARE(metric(m_blacklisted, "cumulative_spend"), 250000);
}

void TestTierEvaluationApi::eventsAreForAdministrators()
{
    TestHttp manager(m_server.baseUrl());
    QCOMPARE(manager.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const qint64 id = nextMember();
    QCOMPARE(
        manager.post(QStringLiteral("/v1/events"), order(QStringLiteral("by-manager"), id, 90000)).status,
        403);
    QCOMPARE(metric(id, "cumulative_spend"), 0);
}

void TestTierEvaluationApi::periodPointsUpgradeUnderANewLadder()
{
    // Silver can also be reached with 300 points earned in the period.
    const HttpReply draft = m_admin->get(QStringLiteral("/v1/tiers/draft"));
    QCOMPARE(draft.status, 200);
    QJsonArray tiers = draft.json.value(QStringLiteral("tiers")).toArray();
    QJsonObject silver = tiers.at(1).toObject();
    QJsonObject upgrade = silver.value(QStringLiteral("upgrade")).toObject();
    QJsonArray conditions = upgrade.value(QStringLiteral("conditions")).toArray();
    conditions.append(QJsonObject{{QStringLiteral("metric"), QStringLiteral("periodPoints")},
                                  {QStringLiteral("op"), QStringLiteral(">=")},
                                  {QStringLiteral("value"), 300}});
    upgrade.insert(QStringLiteral("conditions"), conditions);
    silver.insert(QStringLiteral("upgrade"), upgrade);
    tiers.replace(1, silver);
    const HttpReply saved = m_admin->send(
        "PUT", QStringLiteral("/v1/tiers/draft"),
        QJsonDocument(QJsonObject{{QStringLiteral("version"), draft.json.value(QStringLiteral("version"))},
                                  {QStringLiteral("tiers"), tiers}})
            .toJson(),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(saved.status, 200);
    QVERIFY2(saved.json.value(QStringLiteral("violations")).toArray().isEmpty(), saved.body.constData());
    const QJsonValue revision = saved.json.value(QStringLiteral("version"));
    const HttpReply whatIf =
        m_admin->post(QStringLiteral("/v1/tiers/draft/what-if"), {{QStringLiteral("version"), revision}});
    QCOMPARE(whatIf.status, 202);
    QCOMPARE(
        follow(whatIf.json.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("state")).toString(),
        QStringLiteral("done"));

    // Before the publish, the member with 500 period points is still Regular.
    QCOMPARE(rankOf(member(m_earlyPoints)), 1);
    const HttpReply published =
        m_admin->post(QStringLiteral("/v1/tiers/draft/publish"), {{QStringLiteral("version"), revision}});
    QCOMPARE(published.status, 200);
    const QJsonObject job = published.json.value(QStringLiteral("job")).toObject();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("tier-evaluate"));
    const QJsonObject done = follow(job.value(QStringLiteral("id")).toInteger());
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QJsonObject result = done.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("members")).toInteger(), 60);
    QCOMPARE(result.value(QStringLiteral("upgraded")).toInteger(), 1);
    QCOMPARE(rankOf(member(m_earlyPoints)), 2);
    {
        ServerDatabase db(m_server.databasePath());
        QCOMPARE(db.value(QStringLiteral("SELECT actor_name FROM audit_log WHERE action = 'tier.upgrade' AND "
                                         "member_id = ?"),
                          {m_earlyPoints})
                     .toString(),
                 QStringLiteral("system"));
    }

    // Points adjusted in now count toward the period; a reversal takes them back.
    const qint64 reversed = nextMember();
    const HttpReply small = m_admin->post(
        QStringLiteral("/v1/members/%1/adjustments").arg(reversed),
        {{QStringLiteral("amount"), 200}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    QCOMPARE(small.status, 201);
    QCOMPARE(metric(reversed, "period_points"), 200);
    QCOMPARE(m_admin
                 ->post(QStringLiteral("/v1/ledger/%1/reverse")
                            .arg(small.json.value(QStringLiteral("id")).toInteger()),
                        {{QStringLiteral("reason"), QStringLiteral("correction")}})
                 .status,
             201);
    QCOMPARE(metric(reversed, "period_points"), 0);
    QCOMPARE(rankOf(member(reversed)), 1);

    const qint64 id = nextMember();
    const HttpReply first = m_admin->post(
        QStringLiteral("/v1/members/%1/adjustments").arg(id),
        {{QStringLiteral("amount"), 299}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    QCOMPARE(first.status, 201);
    QCOMPARE(rankOf(member(id)), 1);
    const QJsonObject next =
        member(id).value(QStringLiteral("tierProgress")).toObject().value(QStringLiteral("next")).toObject();
    QCOMPARE(next.value(QStringLiteral("metric")).toString(), QStringLiteral("periodPoints"));
    QCOMPARE(next.value(QStringLiteral("current")).toInteger(), 299);
    QCOMPARE(next.value(QStringLiteral("remaining")).toInteger(), 1);
    const HttpReply second = m_admin->post(
        QStringLiteral("/v1/members/%1/adjustments").arg(id),
        {{QStringLiteral("amount"), 1}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
    QCOMPARE(second.status, 201);
    QCOMPARE(rankOf(member(id)), 2);
    // A new period: its points start again from zero.
    QCOMPARE(metric(id, "period_points"), 0);
}

QTEST_GUILESS_MAIN(TestTierEvaluationApi)
#include "tst_tierevaluationapi.moc"
