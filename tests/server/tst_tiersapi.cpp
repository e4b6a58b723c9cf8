#include "core/TierDefinition.h"
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

// The tier ladder's life: a draft guarded by its revision, a what-if over every member, a publish in
// one audited transaction that bumps the version, and earlier versions restored through the draft.
//
// The members are arranged so the draft's effect is known exactly (300 members):
//   ids 1-10    Regular, spent 2,200 yuan         -> Silver under the draft (Gold today)
//   ids 11-35   Gold, spent 2,200, 1,000 this period -> down to Silver (the draft asks 2,500 / 1,500)
//   ids 36-75   Silver, spent 600, 300 this period  -> stay
//   ids 76-80   Diamond, spent 10,000 yuan          -> stay
//   the rest    Regular, nothing                    -> stay
class TestTiersApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void publishedLadderIsTheDefault();
    void untouchedDraftIsThePublishedLadder();
    void malformedTierIsRefusedWithItsField_data();
    void malformedTierIsRefusedWithItsField();
    void brokenLadderIsKeptButNotRunOrPublished();
    void staleRevisionIsAConflict();
    void publishNeedsAFinishedWhatIfOnThisRevision();
    void whatIfCountsEveryMove();
    void publishBumpsTheVersionAndIsAudited();
    void unchangedDraftHasNothingToPublish();
    void droppingATierMovesItsMembersDown();
    void restoreBringsBackAnEarlierVersion();
    void versionsAreNewestFirstAndPaged();

private:
    QJsonObject draft();
    HttpReply save(const QJsonArray &tiers, int revision = -1);
    QJsonObject runWhatIf(int revision);
    QJsonObject follow(qint64 jobId);
    HttpReply publish(int revision, const QString &note = {});
    static QJsonObject tierOfRank(const QJsonArray &tiers, int rank);
    static QJsonArray stricterGold(QJsonArray tiers);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_olga; // operator
    std::unique_ptr<TestHttp> m_otto; // operator
    std::unique_ptr<TestHttp> m_ada;  // admin, reads the audit log
};

void TestTiersApi::initTestCase()
{
    QVERIFY(m_server.seedDemo(300));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("otto"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("ada"), QStringLiteral("admin")));
    {
        ServerDatabase db(m_server.databasePath(), false);
        const QStringList setUp{
            QStringLiteral(
                "UPDATE members SET tier_id = 1, cumulative_spend = 0, period_spend = 0, recent_orders = 0, "
                "interactions = 0, completed_tasks = 0, visit_minutes = 0, period_points = 0, "
                "manual_tier_id = NULL"),
            QStringLiteral("UPDATE members SET cumulative_spend = 220000 WHERE id BETWEEN 1 AND 10"),
            QStringLiteral("UPDATE members SET tier_id = 3, cumulative_spend = 220000, period_spend = 100000 "
                           "WHERE id BETWEEN 11 AND 35"),
            QStringLiteral("UPDATE members SET tier_id = 2, cumulative_spend = 60000, period_spend = 30000 "
                           "WHERE id BETWEEN 36 AND 75"),
            QStringLiteral(
                "UPDATE members SET tier_id = 4, cumulative_spend = 1000000 WHERE id BETWEEN 76 AND 80"),
        };
        for (const QString &statement : setUp)
            QVERIFY2(db.exec(statement), qPrintable(statement));
    }
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    m_olga = std::make_unique<TestHttp>(m_server.baseUrl());
    m_otto = std::make_unique<TestHttp>(m_server.baseUrl());
    m_ada = std::make_unique<TestHttp>(m_server.baseUrl());
    const QString password = QString::fromLatin1(TestServer::kPassword);
    QCOMPARE(m_olga->login(QStringLiteral("olga"), password).status, 200);
    QCOMPARE(m_otto->login(QStringLiteral("otto"), password).status, 200);
    QCOMPARE(m_ada->login(QStringLiteral("ada"), password).status, 200);
}

QJsonObject TestTiersApi::draft()
{
    const HttpReply reply = m_olga->get(QStringLiteral("/v1/tiers/draft"));
    return reply.status == 200 ? reply.json : QJsonObject();
}

HttpReply TestTiersApi::save(const QJsonArray &tiers, int revision)
{
    if (revision < 0)
        revision = draft().value(QStringLiteral("version")).toInt();
    const QJsonObject body{{QStringLiteral("version"), revision}, {QStringLiteral("tiers"), tiers}};
    return m_olga->send("PUT", QStringLiteral("/v1/tiers/draft"), QJsonDocument(body).toJson());
}

QJsonObject TestTiersApi::follow(qint64 jobId)
{
    QJsonObject job;
    for (int i = 0; i < 400; ++i) {
        job = m_olga->get(QStringLiteral("/v1/jobs/%1").arg(jobId)).json;
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("failed"))
            break;
        QTest::qWait(25);
    }
    return job;
}

QJsonObject TestTiersApi::runWhatIf(int revision)
{
    const HttpReply started =
        m_olga->post(QStringLiteral("/v1/tiers/draft/what-if"), {{QStringLiteral("version"), revision}});
    if (started.status != 202)
        return {};
    return follow(started.json.value(QStringLiteral("id")).toInteger());
}

HttpReply TestTiersApi::publish(int revision, const QString &note)
{
    return m_olga->post(QStringLiteral("/v1/tiers/draft/publish"),
                        {{QStringLiteral("version"), revision}, {QStringLiteral("note"), note}});
}

QJsonObject TestTiersApi::tierOfRank(const QJsonArray &tiers, int rank)
{
    for (const QJsonValue &tier : tiers) {
        if (tier.toObject().value(QStringLiteral("rank")).toInt() == rank)
            return tier.toObject();
    }
    return {};
}

// Gold asks 2,500 yuan (not 2,000) to reach it and 1,500 yuan spent in the period (not 1,000) to keep it.
QJsonArray TestTiersApi::stricterGold(QJsonArray tiers)
{
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        loyalty::TierDefinition tier;
        if (loyalty::TierDefinition::fromJson(tiers.at(i).toObject(), QStringLiteral("t"), &tier) ||
            tier.rank != 3)
            continue;
        tier.upgrade.conditions[0].value = 250000;
        tier.retention.conditions[0].value = 150000;
        tiers[i] = tier.toJson();
    }
    return tiers;
}

void TestTiersApi::publishedLadderIsTheDefault()
{
    const HttpReply reply = m_olga->get(QStringLiteral("/v1/tiers"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 4);
    const QJsonObject gold = tierOfRank(items, 3);
    QCOMPARE(gold.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh_CN")).toString(),
             QStringLiteral("金卡"));
    QCOMPARE(gold.value(QStringLiteral("multiplier")).toDouble(), 2.0);
    const QJsonArray upgrade =
        gold.value(QStringLiteral("upgrade")).toObject().value(QStringLiteral("conditions")).toArray();
    QCOMPARE(upgrade.first().toObject().value(QStringLiteral("metric")).toString(),
             QStringLiteral("cumulativeSpend"));
    QCOMPARE(upgrade.first().toObject().value(QStringLiteral("value")).toInteger(), 200000);
    QCOMPARE(
        gold.value(QStringLiteral("benefits")).toObject().value(QStringLiteral("lotExpiryMonths")).toInt(),
        18);
    // Support reads the ladder (member views name tiers) but not the draft.
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    QCOMPARE(sue.get(QStringLiteral("/v1/tiers")).status, 200);
    QCOMPARE(sue.get(QStringLiteral("/v1/tiers/draft")).status, 403);
}

void TestTiersApi::untouchedDraftIsThePublishedLadder()
{
    const QJsonObject current = draft();
    QCOMPARE(current.value(QStringLiteral("version")).toInt(), 0);
    QCOMPARE(current.value(QStringLiteral("baseVersion")).toInt(), 1);
    QCOMPARE(current.value(QStringLiteral("changed")).toBool(), false);
    QVERIFY(current.value(QStringLiteral("violations")).toArray().isEmpty());
    QVERIFY(current.value(QStringLiteral("whatIf")).isNull());
    QCOMPARE(current.value(QStringLiteral("tiers")).toArray(),
             m_olga->get(QStringLiteral("/v1/tiers")).json.value(QStringLiteral("items")).toArray());
    // Revision 0 is the published ladder itself: save before running a what-if.
    const HttpReply unsaved =
        m_olga->post(QStringLiteral("/v1/tiers/draft/what-if"), {{QStringLiteral("version"), 0}});
    QCOMPARE(unsaved.status, 422);
    QCOMPARE(unsaved.errorCode(), QStringLiteral("draft_unsaved"));
}

void TestTiersApi::malformedTierIsRefusedWithItsField_data()
{
    QTest::addColumn<QString>("path"); // where in tiers[1] the bad value goes
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addRow("unknown metric")
        << "upgrade"
        << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("anyOf")},
                                  {QStringLiteral("conditions"),
                                   QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("likes")},
                                                          {QStringLiteral("op"), QStringLiteral(">=")},
                                                          {QStringLiteral("value"), 3}}}}})
        << "tiers[1].upgrade";
    QTest::addRow("an upper bound")
        << "retention"
        << QJsonValue(
               QJsonObject{{QStringLiteral("kind"), QStringLiteral("anyOf")},
                           {QStringLiteral("conditions"),
                            QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("recentOrders")},
                                                   {QStringLiteral("op"), QStringLiteral("<")},
                                                   {QStringLiteral("value"), 3}}}}})
        << "tiers[1].retention";
    QTest::addRow("rank not a number") << "rank" << QJsonValue(QStringLiteral("two")) << "tiers[1].rank";
}

void TestTiersApi::malformedTierIsRefusedWithItsField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const QJsonObject before = draft();
    QJsonArray tiers = before.value(QStringLiteral("tiers")).toArray();
    QJsonObject silver = tiers.at(1).toObject();
    silver.insert(path, value);
    tiers[1] = silver;
    const HttpReply reply = save(tiers);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(draft().value(QStringLiteral("version")), before.value(QStringLiteral("version")));
}

void TestTiersApi::brokenLadderIsKeptButNotRunOrPublished()
{
    // Silver asks 500 yuan spent in the period to keep it but only 300 in all to reach it.
    QJsonArray tiers = draft().value(QStringLiteral("tiers")).toArray();
    loyalty::TierDefinition silver;
    QVERIFY(!loyalty::TierDefinition::fromJson(tierOfRank(tiers, 2), QStringLiteral("t"), &silver));
    silver.upgrade.conditions[0].value = 30000;
    silver.retention.conditions[0] = {loyalty::TierMetric::CumulativeSpend, loyalty::TierRule::Op::AtLeast,
                                      50000};
    tiers[1] = silver.toJson();
    const HttpReply saved = save(tiers);
    QCOMPARE(saved.status, 200);
    const int revision = saved.json.value(QStringLiteral("version")).toInt();
    QVERIFY(revision > 0);
    const QJsonArray violations = saved.json.value(QStringLiteral("violations")).toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("tiers[1].retention"));
    QCOMPARE(violations.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("retention_above_upgrade"));

    const HttpReply whatIf =
        m_olga->post(QStringLiteral("/v1/tiers/draft/what-if"), {{QStringLiteral("version"), revision}});
    QCOMPARE(whatIf.status, 422);
    QCOMPARE(whatIf.errorCode(), QStringLiteral("ladder_invalid"));
    QCOMPARE(whatIf.errorField(), QStringLiteral("tiers[1].retention"));
    QCOMPARE(whatIf.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("violations"))
                 .toArray()
                 .size(),
             1);
    const HttpReply published = publish(revision);
    QCOMPARE(published.status, 422);
    QCOMPARE(published.errorCode(), QStringLiteral("ladder_invalid"));
    QCOMPARE(m_olga->get(QStringLiteral("/v1/tiers")).json.value(QStringLiteral("version")).toInt(), 1);
}

void TestTiersApi::staleRevisionIsAConflict()
{
    const QJsonObject seenByOlga = draft();
    const QJsonArray tiers =
        m_olga->get(QStringLiteral("/v1/tiers")).json.value(QStringLiteral("items")).toArray();
    // Otto saves first.
    const QJsonObject body{{QStringLiteral("version"), seenByOlga.value(QStringLiteral("version"))},
                           {QStringLiteral("tiers"), tiers}};
    QCOMPARE(m_otto->send("PUT", QStringLiteral("/v1/tiers/draft"), QJsonDocument(body).toJson()).status,
             200);
    const HttpReply late = save(stricterGold(tiers), seenByOlga.value(QStringLiteral("version")).toInt());
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), QStringLiteral("stale_version"));
    QCOMPARE(late.errorField(), QStringLiteral("version"));
    const QJsonObject now = draft();
    QCOMPARE(now.value(QStringLiteral("updatedBy")).toString(), QStringLiteral("otto"));
    QCOMPARE(now.value(QStringLiteral("tiers")).toArray(), tiers);
    QCOMPARE(now.value(QStringLiteral("changed")).toBool(), false);
}

void TestTiersApi::publishNeedsAFinishedWhatIfOnThisRevision()
{
    const HttpReply saved = save(stricterGold(draft().value(QStringLiteral("tiers")).toArray()));
    QCOMPARE(saved.status, 200);
    QVERIFY(saved.json.value(QStringLiteral("changed")).toBool());
    const int revision = saved.json.value(QStringLiteral("version")).toInt();
    HttpReply refused = publish(revision);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("whatif_required"));

    // A what-if on this revision does not clear a later one.
    QCOMPARE(runWhatIf(revision).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const HttpReply resaved = save(stricterGold(draft().value(QStringLiteral("tiers")).toArray()));
    QCOMPARE(resaved.status, 200);
    QVERIFY(resaved.json.value(QStringLiteral("whatIf")).isNull());
    refused = publish(resaved.json.value(QStringLiteral("version")).toInt());
    QCOMPARE(refused.errorCode(), QStringLiteral("whatif_required"));
    // And the older revision is stale now.
    QCOMPARE(publish(revision).status, 409);
}

void TestTiersApi::whatIfCountsEveryMove()
{
    const int revision = draft().value(QStringLiteral("version")).toInt();
    const QJsonObject job = runWhatIf(revision);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("tier-what-if"));
    QCOMPARE(job.value(QStringLiteral("createdBy")).toString(), QStringLiteral("olga"));
    const QJsonObject result = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("draftVersion")).toInt(), revision);
    QCOMPARE(result.value(QStringLiteral("members")).toInteger(), 300);
    QCOMPARE(result.value(QStringLiteral("up")).toInteger(), 10);
    QCOMPARE(result.value(QStringLiteral("down")).toInteger(), 25);
    QCOMPARE(result.value(QStringLiteral("same")).toInteger(), 265);
    // Against today's rules, which would take ids 1-10 to Gold and keep ids 11-35 in it: the draft
    // leaves 35 members a tier lower, and raises nobody.
    const QJsonObject byDraft = result.value(QStringLiteral("byDraft")).toObject();
    QCOMPARE(byDraft.value(QStringLiteral("up")).toInteger(), 0);
    QCOMPARE(byDraft.value(QStringLiteral("down")).toInteger(), 35);

    const QJsonArray matrix = result.value(QStringLiteral("matrix")).toArray();
    QCOMPARE(matrix.size(), 4);
    const QList<QList<qint64>> expected{{220, 10, 0, 0}, {0, 40, 0, 0}, {0, 25, 0, 0}, {0, 0, 0, 5}};
    for (int from = 0; from < 4; ++from) {
        for (int to = 0; to < 4; ++to)
            QCOMPARE(matrix.at(from).toArray().at(to).toInteger(), expected.at(from).at(to));
    }
    const QJsonArray ranks = result.value(QStringLiteral("ranks")).toArray();
    QCOMPARE(ranks.size(), 4);
    const QList<QPair<qint64, qint64>> beforeAfter{{230, 220}, {40, 75}, {25, 0}, {5, 5}};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(ranks.at(i).toObject().value(QStringLiteral("before")).toInteger(), beforeAfter.at(i).first);
        QCOMPARE(ranks.at(i).toObject().value(QStringLiteral("after")).toInteger(), beforeAfter.at(i).second);
    }
    QCOMPARE(ranks.at(2)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("en"))
                 .toString(),
             QStringLiteral("Gold"));
    // The draft shows its what-if.
    const QJsonObject current = draft();
    QCOMPARE(current.value(QStringLiteral("whatIf")).toObject().value(QStringLiteral("id")),
             job.value(QStringLiteral("id")));
    // A what-if reads only: nobody moved.
    QCOMPARE(m_olga->get(QStringLiteral("/v1/members/11"))
                 .json.value(QStringLiteral("tier"))
                 .toObject()
                 .value(QStringLiteral("rank"))
                 .toInt(),
             3);
}

void TestTiersApi::publishBumpsTheVersionAndIsAudited()
{
    const QJsonObject before = draft();
    const int revision = before.value(QStringLiteral("version")).toInt();
    const HttpReply published = publish(revision, QStringLiteral("Gold asks 2,500 yuan from December"));
    QCOMPARE(published.status, 200);
    QCOMPARE(published.json.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(published.json.value(QStringLiteral("publishedBy")).toString(), QStringLiteral("olga"));
    QCOMPARE(published.json.value(QStringLiteral("membersMovedDown")).toInteger(), 0);

    const HttpReply ladder = m_olga->get(QStringLiteral("/v1/tiers"));
    QCOMPARE(ladder.json.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(ladder.json.value(QStringLiteral("note")).toString(),
             QStringLiteral("Gold asks 2,500 yuan from December"));
    const QJsonObject gold = tierOfRank(ladder.json.value(QStringLiteral("items")).toArray(), 3);
    QCOMPARE(gold.value(QStringLiteral("id")).toInteger(), 3); // members keep pointing at the same row
    QCOMPARE(gold.value(QStringLiteral("upgrade"))
                 .toObject()
                 .value(QStringLiteral("conditions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toInteger(),
             250000);
    // The draft starts again from what is published, one revision on.
    const QJsonObject after = draft();
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), revision + 1);
    QCOMPARE(after.value(QStringLiteral("baseVersion")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("changed")).toBool(), false);

    const HttpReply audit = m_ada->get(QStringLiteral("/v1/audit?action=tiers.publish"));
    QCOMPARE(audit.status, 200);
    const QJsonArray rows = audit.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("actor")).toString(), QStringLiteral("olga"));
    QCOMPARE(row.value(QStringLiteral("entityId")).toString(), QStringLiteral("2"));
    QCOMPARE(row.value(QStringLiteral("before")).toObject().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("after")).toObject().value(QStringLiteral("version")).toInt(), 2);
}

void TestTiersApi::unchangedDraftHasNothingToPublish()
{
    const HttpReply refused = publish(draft().value(QStringLiteral("version")).toInt());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("nothing_to_publish"));
}

void TestTiersApi::droppingATierMovesItsMembersDown()
{
    QJsonArray tiers = draft().value(QStringLiteral("tiers")).toArray();
    tiers.removeLast(); // Diamond
    const HttpReply saved = save(tiers);
    QCOMPARE(saved.status, 200);
    QVERIFY(saved.json.value(QStringLiteral("violations")).toArray().isEmpty());
    const int revision = saved.json.value(QStringLiteral("version")).toInt();
    const QJsonObject result = runWhatIf(revision).value(QStringLiteral("result")).toObject();
    // Diamond's five, and Gold's 25 who still miss the stricter bar published before (publishing moves
    // nobody down at once: that waits for their period's end).
    QCOMPARE(result.value(QStringLiteral("down")).toInteger(), 30);
    QCOMPARE(result.value(QStringLiteral("ranks")).toArray().size(), 4); // Diamond's "before" stays in view
    QCOMPARE(result.value(QStringLiteral("matrix")).toArray().size(), 3);

    const HttpReply published = publish(revision);
    QCOMPARE(published.status, 200);
    QCOMPARE(published.json.value(QStringLiteral("membersMovedDown")).toInteger(), 5);
    QCOMPARE(published.json.value(QStringLiteral("items")).toArray().size(), 3);
    const QJsonObject member = m_olga->get(QStringLiteral("/v1/members/76")).json;
    QCOMPARE(member.value(QStringLiteral("tier")).toObject().value(QStringLiteral("rank")).toInt(), 3);
    ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM tiers")).toInt(), 3);
}

void TestTiersApi::restoreBringsBackAnEarlierVersion()
{
    const int revision = draft().value(QStringLiteral("version")).toInt();
    QCOMPARE(
        m_olga->post(QStringLiteral("/v1/tiers/versions/99/restore"), {{QStringLiteral("version"), revision}})
            .status,
        404);
    const HttpReply restored =
        m_olga->post(QStringLiteral("/v1/tiers/versions/1/restore"), {{QStringLiteral("version"), revision}});
    QCOMPARE(restored.status, 200);
    QCOMPARE(restored.json.value(QStringLiteral("restoredFrom")).toInt(), 1);
    QCOMPARE(restored.json.value(QStringLiteral("version")).toInt(), revision + 1);
    QVERIFY(restored.json.value(QStringLiteral("changed")).toBool());
    const QJsonArray first = m_olga->get(QStringLiteral("/v1/tiers/versions?limit=500"))
                                 .json.value(QStringLiteral("items"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(restored.json.value(QStringLiteral("tiers")).toArray(), first);
    // A restore is published like any draft.
    QCOMPARE(publish(revision + 1).errorCode(), QStringLiteral("whatif_required"));
    QCOMPARE(runWhatIf(revision + 1).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const HttpReply published = publish(revision + 1);
    QCOMPARE(published.status, 200);
    QCOMPARE(published.json.value(QStringLiteral("version")).toInt(), 4);
    QCOMPARE(published.json.value(QStringLiteral("restoredFrom")).toInt(), 1);
    const QJsonArray items =
        m_olga->get(QStringLiteral("/v1/tiers")).json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(tierOfRank(items, 3)
                 .value(QStringLiteral("upgrade"))
                 .toObject()
                 .value(QStringLiteral("conditions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toInteger(),
             200000);
    QCOMPARE(
        tierOfRank(items, 4).value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("Diamond"));
    const HttpReply audit = m_ada->get(QStringLiteral("/v1/audit?action=tiers.draft.restore"));
    QCOMPARE(audit.json.value(QStringLiteral("items")).toArray().size(), 1);
}

void TestTiersApi::versionsAreNewestFirstAndPaged()
{
    const HttpReply first = m_olga->get(QStringLiteral("/v1/tiers/versions?limit=3"));
    QCOMPARE(first.status, 200);
    const QJsonArray items = first.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("version")).toInt(), 4);
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("version")).toInt(), 2);
    const QString cursor = first.json.value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpReply rest = m_olga->get(QStringLiteral("/v1/tiers/versions?limit=3&cursor=") + cursor);
    const QJsonArray last = rest.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().toObject().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(last.first().toObject().value(QStringLiteral("publishedBy")).toString(),
             QStringLiteral("system"));
    QVERIFY(rest.json.value(QStringLiteral("nextCursor")).isNull());
}

QTEST_GUILESS_MAIN(TestTiersApi)
#include "tst_tiersapi.moc"
