#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

// A member's tier and metrics as a test sets them (default ladder: 1 Regular, 2 Silver, 3 Gold,
// 4 Diamond; money in fen).
struct Setup
{
    int rank = 1;
    qint64 until = 0; // tier_until, ms; 0: NULL
    qint64 cumulativeSpend = 0;
    qint64 periodSpend = 0;
    qint64 recentOrders = 0;
    qint64 interactions = 0;
    qint64 completedTasks = 0;
    QString status = QStringLiteral("active");
    int manualRank = 0; // 0: no manual tier
    qint64 atRiskSince = 0;
};
Q_DECLARE_METATYPE(Setup)

// The tier period-end run (--tier-period-end --now, and the tier-period-end job): judging members whose
// period has ended on the published (default) ladder, the warning window, GET /v1/tiers/at-risk.
class TestTierPeriodEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void judgesMembersWhosePeriodEnded_data();
    void judgesMembersWhosePeriodEnded();
    void downgradesAreAudited();
    void theWarningWindowFlagsAndClears();
    void theJobFlagsAndTheAtRiskListPages();
    void cliOptionsAreChecked();
    void ordersLeaveTheRecentWindowOnce();

private:
    qint64 tierId(int rank) const { return m_tierIds.value(rank); }
    bool setUp(qint64 member, const Setup &setup);
    bool runAt(const QDateTime &now, QString *output = nullptr);
    QVariantList memberRow(qint64 member) const;
    QJsonObject follow(TestHttp &http, qint64 id);

    TestServer m_server;
    QHash<int, qint64> m_tierIds;
    // The run's clock for the CLI cases; members' periods are set around it.
    const QDateTime m_now = QDateTime(QDate(2031, 3, 10), QTime(2, 0), QTimeZone::utc());
};

void TestTierPeriodEnd::initTestCase()
{
    QVERIFY(m_server.seedDemo(12));
    QVERIFY(m_server.createUser(QStringLiteral("sam"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.createUser(QStringLiteral("ada"), QStringLiteral("admin")));
    ServerDatabase db(m_server.databasePath());
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT rank, id FROM tiers")))
        m_tierIds.insert(row.at(0).toInt(), row.at(1).toLongLong());
    QCOMPARE(m_tierIds.size(), 4);
}

void TestTierPeriodEnd::init()
{
    // Every member starts in the lowest tier with nothing to judge; each case sets the ones it needs.
    m_server.stop();
    ServerDatabase db(m_server.databasePath(), false);
    QVERIFY(db.exec(
        QStringLiteral("UPDATE members SET tier_id = ?, tier_until = NULL, tier_at_risk_since = NULL, "
                       "manual_tier_id = NULL, manual_tier_until = NULL, status = 'active'"),
        {tierId(1)}));
}

bool TestTierPeriodEnd::setUp(qint64 member, const Setup &setup)
{
    ServerDatabase db(m_server.databasePath(), false);
    const QVariant null(QMetaType::fromType<qint64>());
    return db.exec(
        QStringLiteral(
            "UPDATE members SET tier_id = ?, tier_since = ?, tier_until = ?, cumulative_spend = ?, "
            "period_spend = ?, recent_orders = ?, interactions = ?, completed_tasks = ?, "
            "period_points = 77, status = ?, manual_tier_id = ?, manual_tier_until = ?, "
            "tier_at_risk_since = ? WHERE id = ?"),
        {tierId(setup.rank), setup.until > 0 ? QVariant(setup.until - 365 * kDayMs) : QVariant(0),
         setup.until > 0 ? QVariant(setup.until) : null, setup.cumulativeSpend, setup.periodSpend,
         setup.recentOrders, setup.interactions, setup.completedTasks, setup.status,
         setup.manualRank > 0 ? QVariant(tierId(setup.manualRank)) : null,
         setup.manualRank > 0 ? QVariant(setup.until + 400 * kDayMs) : null,
         setup.atRiskSince > 0 ? QVariant(setup.atRiskSince) : null, member});
}

bool TestTierPeriodEnd::runAt(const QDateTime &now, QString *output)
{
    return m_server.run(
        {QStringLiteral("--tier-period-end"), QStringLiteral("--now"), now.toString(Qt::ISODateWithMs)}, {},
        output);
}

// rank, tier_since, tier_until, period_spend, period_points, tier_at_risk_since
QVariantList TestTierPeriodEnd::memberRow(qint64 member) const
{
    ServerDatabase db(m_server.databasePath());
    const auto rows = db.rows(
        QStringLiteral("SELECT t.rank, m.tier_since, m.tier_until, m.period_spend, m.period_points, "
                       "m.tier_at_risk_since FROM members m JOIN tiers t ON t.id = m.tier_id WHERE m.id = ?"),
        {member});
    return rows.isEmpty() ? QVariantList() : rows.constFirst();
}

QJsonObject TestTierPeriodEnd::follow(TestHttp &http, qint64 id)
{
    QJsonObject job;
    for (int i = 0; i < 400; ++i) {
        job = http.get(QStringLiteral("/v1/jobs/%1").arg(id)).json;
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("failed"))
            return job;
        QTest::qWait(50);
    }
    return job;
}

void TestTierPeriodEnd::judgesMembersWhosePeriodEnded_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("rankAfter");
    QTest::addColumn<bool>("judged"); // false: untouched

    const qint64 ended = m_now.toMSecsSinceEpoch() - 2 * kDayMs;
    const qint64 endsLater = m_now.toMSecsSinceEpoch() + 100 * kDayMs;
    Setup gold;
    gold.rank = 3;
    gold.until = ended;
    gold.cumulativeSpend = 150000; // below Gold's bar: only the retention bar keeps it
    gold.periodSpend = 120000;
    QTest::addRow("gold, retention met: kept") << gold << 3 << true;
    Setup goldByTasks = gold;
    goldByTasks.periodSpend = 0;
    goldByTasks.completedTasks = 50;
    QTest::addRow("gold, kept on completed tasks") << goldByTasks << 3 << true;
    Setup goldAgain = gold;
    goldAgain.cumulativeSpend = 260000;
    goldAgain.periodSpend = 0;
    QTest::addRow("gold, reaches gold again: kept") << goldAgain << 3 << true;
    Setup goldMissed = gold;
    goldMissed.cumulativeSpend = 10000; // not even Silver's bar: still down one tier only
    goldMissed.periodSpend = 10000;
    goldMissed.recentOrders = 2;
    QTest::addRow("gold missed: silver, not regular") << goldMissed << 2 << true;
    Setup silverMissed;
    silverMissed.rank = 2;
    silverMissed.until = ended;
    silverMissed.cumulativeSpend = 40000;
    silverMissed.periodSpend = 19999;
    silverMissed.recentOrders = 2;
    QTest::addRow("silver missed: regular") << silverMissed << 1 << true;
    Setup diamondLow;
    diamondLow.rank = 4;
    diamondLow.until = ended;
    diamondLow.cumulativeSpend = 300000; // score 1800 + 40 = 1840 < 2500
    diamondLow.interactions = 100;
    QTest::addRow("diamond, weighted score below the keep bar: gold") << diamondLow << 3 << true;
    Setup diamondKept = diamondLow;
    diamondKept.interactions = 1750; // 1800 + 700 = 2500
    QTest::addRow("diamond, score at the keep bar: kept") << diamondKept << 4 << true;
    Setup blacklisted = goldMissed;
    blacklisted.status = QStringLiteral("blacklisted");
    QTest::addRow("blacklisted gold missed: silver") << blacklisted << 2 << true;
    Setup manual = goldMissed;
    manual.manualRank = 4;
    QTest::addRow("manual diamond beside a missed gold: silver") << manual << 2 << true;
    Setup notYet = goldMissed;
    notYet.until = endsLater;
    QTest::addRow("period not ended: untouched") << notYet << 3 << false;
}

void TestTierPeriodEnd::judgesMembersWhosePeriodEnded()
{
    QFETCH(Setup, setup);
    QFETCH(int, rankAfter);
    QFETCH(bool, judged);
    const qint64 member = 5;
    QVERIFY(setUp(member, setup));
    const QVariantList before = memberRow(member);
    auto downgrades = [&]() {
        return ServerDatabase(m_server.databasePath())
            .value(QStringLiteral(
                       "SELECT COUNT(*) FROM audit_log WHERE action = 'tier.downgrade' AND member_id = ?"),
                   {member})
            .toInt();
    };
    const int downgradesBefore = downgrades();
    QString output;
    QVERIFY2(runAt(m_now, &output), qPrintable(output));
    const QVariantList after = memberRow(member);
    QCOMPARE(after.at(0).toInt(), rankAfter);
    if (!judged) {
        QCOMPARE(after, before);
        return;
    }
    // A new period starts where the old one ended; none in the lowest tier.
    QCOMPARE(after.at(1).toLongLong(), setup.until);
    if (rankAfter == 1)
        QVERIFY(after.at(2).isNull());
    else
        QCOMPARE(
            after.at(2).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(setup.until, QTimeZone::utc()).addMonths(12).toMSecsSinceEpoch());
    QCOMPARE(after.at(3).toLongLong(), 0); // period metrics restart
    QCOMPARE(after.at(4).toLongLong(), 0);
    QVERIFY(after.at(5).isNull());

    // Once per period: a second run (even a day later) changes nothing.
    QVERIFY(runAt(m_now.addDays(1), &output));
    QCOMPARE(memberRow(member), after);
    QCOMPARE(downgrades() - downgradesBefore, rankAfter < setup.rank ? 1 : 0);
}

void TestTierPeriodEnd::downgradesAreAudited()
{
    Setup goldMissed;
    goldMissed.rank = 3;
    goldMissed.until = m_now.toMSecsSinceEpoch() - kDayMs;
    goldMissed.cumulativeSpend = 120000;
    QVERIFY(setUp(7, goldMissed));
    Setup goldKept = goldMissed;
    goldKept.periodSpend = 100000;
    QVERIFY(setUp(8, goldKept));
    QString output;
    QVERIFY(runAt(m_now, &output));
    QVERIFY2(output.contains(QLatin1String("2 members judged (1 kept, 1 down)")), qPrintable(output));
    ServerDatabase db(m_server.databasePath());
    const auto rows = db.rows(QStringLiteral("SELECT entity, entity_id, member_id, actor_name, before_json, "
                                             "after_json FROM audit_log WHERE action = 'tier.downgrade' "
                                             "ORDER BY id DESC LIMIT 1"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("member"));
    QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("7"));
    QCOMPARE(rows.at(0).at(2).toLongLong(), 7);
    QCOMPARE(rows.at(0).at(3).toString(), QStringLiteral("system"));
    const QJsonObject before = QJsonDocument::fromJson(rows.at(0).at(4).toByteArray()).object();
    const QJsonObject after = QJsonDocument::fromJson(rows.at(0).at(5).toByteArray()).object();
    QCOMPARE(before.value(QStringLiteral("rank")).toInt(), 3);
    QCOMPARE(before.value(QStringLiteral("tierId")).toInteger(), tierId(3));
    QCOMPARE(after.value(QStringLiteral("rank")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("tierId")).toInteger(), tierId(2));
    QVERIFY(!after.value(QStringLiteral("tierUntil")).toString().isEmpty());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'tier.downgrade' AND "
                                     "member_id = 8"))
                 .toInt(),
             0);
}

void TestTierPeriodEnd::theWarningWindowFlagsAndClears()
{
    const qint64 now = m_now.toMSecsSinceEpoch();
    Setup atRisk;
    atRisk.rank = 3;
    atRisk.until = now + 20 * kDayMs;
    atRisk.cumulativeSpend = 150000;
    atRisk.periodSpend = 80000;
    QVERIFY(setUp(1, atRisk));
    Setup safe = atRisk;
    safe.recentOrders = 5;
    QVERIFY(setUp(2, safe));
    Setup later = atRisk;
    later.until = now + 45 * kDayMs; // outside the 30 days
    QVERIFY(setUp(3, later));
    Setup recovered = safe;
    recovered.atRiskSince = now - 5 * kDayMs; // flagged earlier; the bar is met now
    QVERIFY(setUp(4, recovered));
    QString output;
    QVERIFY(runAt(m_now, &output));
    QVERIFY2(output.contains(QLatin1String("1 warned, 1 cleared")), qPrintable(output));
    QCOMPARE(memberRow(1).at(5).toLongLong(), now);
    QVERIFY(memberRow(2).at(5).isNull());
    QVERIFY(memberRow(3).at(5).isNull());
    QVERIFY(memberRow(4).at(5).isNull());
    // A later run keeps the first flag time; 20 days on, member 3 enters the window.
    QVERIFY(runAt(m_now.addDays(20).addSecs(-60), &output));
    QVERIFY2(output.contains(QLatin1String("1 warned, 0 cleared")), qPrintable(output));
    QCOMPARE(memberRow(1).at(5).toLongLong(), now);
    QVERIFY(!memberRow(3).at(5).isNull());
    // The period ends: judged, flag gone.
    QVERIFY(runAt(m_now.addDays(21), &output));
    QCOMPARE(memberRow(1).at(0).toInt(), 2);
    QVERIFY(memberRow(1).at(5).isNull());
    // Narrower window by option: member 3 (ends in 24 days) leaves it and is cleared.
    QVERIFY(m_server.run({QStringLiteral("--tier-period-end"), QStringLiteral("--now"),
                          m_now.addDays(21).toString(Qt::ISODateWithMs),
                          QStringLiteral("--tier-warning-days"), QStringLiteral("10")},
                         {}, &output));
    QVERIFY2(output.contains(QLatin1String("0 warned, 1 cleared")), qPrintable(output));
}

void TestTierPeriodEnd::theJobFlagsAndTheAtRiskListPages()
{
    // The job runs at the current time.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Setup gold;
    gold.rank = 3;
    gold.until = now + 20 * kDayMs;
    gold.cumulativeSpend = 150000;
    gold.periodSpend = 80000; // the nearest Gold retention bar: period spend 100000
    gold.recentOrders = 1;
    QVERIFY(setUp(1, gold));
    Setup diamond;
    diamond.rank = 4;
    diamond.until = now + 10 * kDayMs; // ends first: listed first
    diamond.cumulativeSpend = 300000;  // score 1800 + 200 = 2000 of 2500
    diamond.interactions = 500;
    QVERIFY(setUp(2, diamond));
    Setup silver;
    silver.rank = 2;
    silver.until = now + 20 * kDayMs;
    silver.cumulativeSpend = 30000;
    silver.periodSpend = 15000;
    QVERIFY(setUp(3, silver));
    QVERIFY(setUp(4, Setup{})); // regular: never at risk
    ServerDatabase(m_server.databasePath(), false)
        .exec(QStringLiteral("UPDATE members SET tier_until = ?, tier_at_risk_since = ? WHERE id = 3"),
              {gold.until, now}); // same period end as member 1: ordered by id
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));

    TestHttp manager(m_server.baseUrl());
    QCOMPARE(manager.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const HttpReply started = manager.post(QStringLiteral("/v1/jobs"),
                                           {{QStringLiteral("kind"), QStringLiteral("tier-period-end")}});
    QCOMPARE(started.status, 202);
    const QJsonObject job = follow(manager, started.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QJsonObject result = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("members")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("warned")).toInt(), 2); // member 3 was flagged already
    QCOMPARE(result.value(QStringLiteral("cleared")).toInt(), 0);
    QVERIFY(result.contains(QStringLiteral("seconds")));

    // Support staff read it (members.read).
    TestHttp support(m_server.baseUrl());
    QCOMPARE(support.login(QStringLiteral("sam"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    HttpReply page = support.get(QStringLiteral("/v1/tiers/at-risk?limit=2"));
    QCOMPARE(page.status, 200);
    QJsonArray items = page.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 2);
    QCOMPARE(first.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt(), 4);
    QVERIFY(!first.value(QStringLiteral("memberNo")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("atRiskSince")).toString().isEmpty());
    QCOMPARE(QDateTime::fromString(first.value(QStringLiteral("tierUntil")).toString(), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             diamond.until);
    const QJsonObject score = first.value(QStringLiteral("retain")).toObject();
    QCOMPARE(score.value(QStringLiteral("metric")).toString(), QStringLiteral("score"));
    QCOMPARE(score.value(QStringLiteral("current")).toInteger(), 2000);
    QCOMPARE(score.value(QStringLiteral("target")).toInteger(), 2500);
    QCOMPARE(score.value(QStringLiteral("remaining")).toInteger(), 500);
    const QJsonObject second = items.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("id")).toInteger(), 1);
    const QJsonObject spend = second.value(QStringLiteral("retain")).toObject();
    QCOMPARE(spend.value(QStringLiteral("metric")).toString(), QStringLiteral("periodSpend"));
    QCOMPARE(spend.value(QStringLiteral("current")).toInteger(), 80000);
    QCOMPARE(spend.value(QStringLiteral("target")).toInteger(), 100000);
    QCOMPARE(spend.value(QStringLiteral("remaining")).toInteger(), 20000);

    const QString cursor = page.json.value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    page = support.get(QStringLiteral("/v1/tiers/at-risk?limit=2&cursor=%1").arg(cursor));
    QCOMPARE(page.status, 200);
    items = page.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toInteger(), 3);
    QCOMPARE(
        items.at(0).toObject().value(QStringLiteral("retain")).toObject().value(QStringLiteral("metric")),
        QJsonValue(QStringLiteral("periodSpend")));
    QVERIFY(page.json.value(QStringLiteral("nextCursor")).isNull());

    // A cursor of another list (no period end in it) is refused.
    const HttpReply members = support.get(QStringLiteral("/v1/members?limit=1"));
    const QString memberCursor = members.json.value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!memberCursor.isEmpty());
    const HttpReply wrong = support.get(QStringLiteral("/v1/tiers/at-risk?cursor=%1").arg(memberCursor));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorField(), QStringLiteral("cursor"));
    // Starting the job is for managers.
    QCOMPARE(
        support
            .post(QStringLiteral("/v1/jobs"), {{QStringLiteral("kind"), QStringLiteral("tier-period-end")}})
            .status,
        403);
    m_server.stop();
}

void TestTierPeriodEnd::cliOptionsAreChecked()
{
    QString output;
    QVERIFY(!m_server.run(
        {QStringLiteral("--tier-period-end"), QStringLiteral("--tier-warning-days"), QStringLiteral("-1")},
        {}, &output));
    QVERIFY(!m_server.run(
        {QStringLiteral("--tier-period-end"), QStringLiteral("--tier-period-months"), QStringLiteral("0")},
        {}, &output));
    QVERIFY(
        !m_server.run({QStringLiteral("--tier-period-end"), QStringLiteral("--expire-lots")}, {}, &output));
    QVERIFY(!m_server.run(
        {QStringLiteral("--tier-period-end"), QStringLiteral("--now"), QStringLiteral("soon")}, {}, &output));
    // A 6-month period.
    Setup gold;
    gold.rank = 3;
    gold.until = m_now.toMSecsSinceEpoch() - kDayMs;
    gold.periodSpend = 100000;
    QVERIFY(setUp(6, gold));
    QVERIFY(m_server.run({QStringLiteral("--tier-period-end"), QStringLiteral("--now"),
                          m_now.toString(Qt::ISODateWithMs), QStringLiteral("--tier-period-months"),
                          QStringLiteral("6")},
                         {}, &output));
    QCOMPARE(memberRow(6).at(2).toLongLong(),
             QDateTime::fromMSecsSinceEpoch(gold.until, QTimeZone::utc()).addMonths(6).toMSecsSinceEpoch());
}

void TestTierPeriodEnd::ordersLeaveTheRecentWindowOnce()
{
    // The window's state from the runs "in 2031" above would say nothing can leave before then.
    QVERIFY(
        ServerDatabase(m_server.databasePath(), false).exec(QStringLiteral("DELETE FROM tier_period_state")));
    QVERIFY(setUp(9, Setup{}));
    Setup seeded;
    seeded.recentOrders = 2; // a seeded value without events: never touched
    QVERIFY(setUp(10, seeded));
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    TestHttp admin(m_server.baseUrl());
    QCOMPARE(admin.login(QStringLiteral("ada"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray events;
    for (const auto &[id, daysAgo] : {std::pair{"o-80", 80}, std::pair{"o-10", 10}, std::pair{"o-100", 100}})
        events.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                  {QStringLiteral("memberId"), 9},
                                  {QStringLiteral("type"), QStringLiteral("order")},
                                  {QStringLiteral("amount"), 100},
                                  {QStringLiteral("at"), now.addDays(-daysAgo).toString(Qt::ISODateWithMs)}});
    const HttpReply posted = admin.post(QStringLiteral("/v1/events"), {{QStringLiteral("events"), events}});
    QVERIFY2(posted.status == 200 || posted.status == 201, posted.body.constData());
    m_server.stop();
    auto recentOrders = [&](qint64 member) {
        return ServerDatabase(m_server.databasePath())
            .value(QStringLiteral("SELECT recent_orders FROM members WHERE id = ?"), {member})
            .toLongLong();
    };
    QCOMPARE(recentOrders(9), 2); // the order of 100 days ago was never a recent one

    QString output;
    QVERIFY(runAt(now, &output));
    QVERIFY2(output.contains(QLatin1String("0 orders left the window")), qPrintable(output));
    QCOMPARE(recentOrders(9), 2);
    QVERIFY(runAt(now.addDays(15), &output)); // the order of 80 days ago leaves
    QVERIFY2(output.contains(QLatin1String("1 orders left the window")), qPrintable(output));
    QCOMPARE(recentOrders(9), 1);
    QVERIFY(runAt(now.addDays(15), &output)); // once
    QVERIFY2(output.contains(QLatin1String("0 orders left the window")), qPrintable(output));
    QCOMPARE(recentOrders(9), 1);
    QVERIFY(ServerDatabase(m_server.databasePath(), false)
                .exec(QStringLiteral("UPDATE members SET recent_orders = 0 WHERE id = 9")));
    QVERIFY(runAt(now.addDays(85), &output)); // the last one leaves; never below 0
    QVERIFY2(output.contains(QLatin1String("1 orders left the window")), qPrintable(output));
    QCOMPARE(recentOrders(9), 0);
    QCOMPARE(recentOrders(10), 2);
}

QTEST_GUILESS_MAIN(TestTierPeriodEnd)
#include "tst_tierperiodend.moc"
