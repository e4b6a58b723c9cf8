#include "core/TierMovement.h"
#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using loyalty::MemberMetrics;
using loyalty::TierDefinition;
using loyalty::TierLadder;
using loyalty::TierMovement;
using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// The what-if job's answer equals core's TierMovement::tally over the members' metrics read straight
// from the database, whatever way the job reads them (it is tuned for a million members).
class TestTierWhatIf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrixMatchesCore_data();
    void matrixMatchesCore();

private:
    QJsonObject follow(qint64 id);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_operator;
};

void TestTierWhatIf::initTestCase()
{
    QVERIFY(m_server.seedDemo(1500));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    {
        // Members of every status and a manual tier count like the rest (the what-if reads tier_id).
        ServerDatabase db(m_server.databasePath(), false);
        QVERIFY(db.exec(QStringLiteral("UPDATE members SET status = 'blacklisted' WHERE id % 97 = 0")));
        QVERIFY(db.exec(
            QStringLiteral("UPDATE members SET manual_tier_id = (SELECT id FROM tiers WHERE rank = 4), "
                           "manual_tier_until = 4102444800000 WHERE id % 89 = 0")));
    }
    QVERIFY(m_server.start({QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
    m_operator = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_operator->login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status,
             200);
}

QJsonObject TestTierWhatIf::follow(qint64 id)
{
    QJsonObject job;
    for (int i = 0; i < 600; ++i) {
        job = m_operator->get(QStringLiteral("/v1/jobs/%1").arg(id)).json;
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("failed"))
            return job;
        QTest::qWait(50);
    }
    return job;
}

void TestTierWhatIf::matrixMatchesCore_data()
{
    // Which bar of which rank is scaled, by how much (percent).
    QTest::addColumn<int>("rank");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("percent");
    QTest::addRow("gold's spend bar +25 percent") << 3 << QStringLiteral("upgrade") << 125;
    QTest::addRow("silver's retention bar +100 percent") << 2 << QStringLiteral("retention") << 200;
    QTest::addRow("gold's bars -40 percent (members move up)") << 3 << QStringLiteral("upgrade") << 60;
}

void TestTierWhatIf::matrixMatchesCore()
{
    QFETCH(int, rank);
    QFETCH(QString, rule);
    QFETCH(int, percent);
    const HttpReply draft = m_operator->get(QStringLiteral("/v1/tiers/draft"));
    QCOMPARE(draft.status, 200);
    QJsonArray tiers = draft.json.value(QStringLiteral("tiers")).toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        QJsonObject tier = tiers.at(i).toObject();
        if (tier.value(QStringLiteral("rank")).toInt() != rank)
            continue;
        QJsonObject changed = tier.value(rule).toObject();
        QJsonArray conditions = changed.value(QStringLiteral("conditions")).toArray();
        QVERIFY(!conditions.isEmpty());
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            QJsonObject condition = conditions.at(c).toObject();
            condition.insert(QStringLiteral("value"),
                             condition.value(QStringLiteral("value")).toInteger() * percent / 100);
            conditions.replace(c, condition);
        }
        changed.insert(QStringLiteral("conditions"), conditions);
        tier.insert(rule, changed);
        tiers.replace(i, tier);
    }
    const HttpReply saved = m_operator->send(
        "PUT", QStringLiteral("/v1/tiers/draft"),
        QJsonDocument(QJsonObject{{QStringLiteral("version"), draft.json.value(QStringLiteral("version"))},
                                  {QStringLiteral("tiers"), tiers}})
            .toJson(),
        {{"Content-Type", "application/json"}});
    QVERIFY2(saved.status == 200, saved.body.constData());
    const QJsonArray savedTiers = saved.json.value(QStringLiteral("tiers")).toArray();
    const HttpReply started =
        m_operator->post(QStringLiteral("/v1/tiers/draft/what-if"),
                         {{QStringLiteral("version"), saved.json.value(QStringLiteral("version"))}});
    QVERIFY2(started.status == 202, started.body.constData());
    const QJsonObject job = follow(started.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QJsonObject result = job.value(QStringLiteral("result")).toObject();

    // Core's tally over the metrics as stored.
    QList<TierDefinition> definitions;
    for (qsizetype i = 0; i < savedTiers.size(); ++i) {
        TierDefinition tier;
        QVERIFY(!TierDefinition::fromJson(savedTiers.at(i).toObject(), QStringLiteral("tiers[%1]").arg(i),
                                          &tier));
        definitions.append(tier);
    }
    ServerDatabase db(m_server.databasePath());
    const auto rows = db.rows(QStringLiteral(
        "SELECT t.rank, m.cumulative_spend, m.period_spend, m.recent_orders, m.interactions, "
        "m.completed_tasks, "
        "m.visit_minutes, m.period_points FROM members m JOIN tiers t ON t.id = m.tier_id ORDER BY m.id"));
    QCOMPARE(rows.size(), 1500);
    qsizetype next = 0;
    const TierMovement expected =
        TierMovement::tally(TierLadder(definitions), [&](int *memberRank, MemberMetrics *metrics) {
            if (next == rows.size())
                return false;
            const QVariantList &row = rows.at(next++);
            *memberRank = row.at(0).toInt();
            for (size_t i = 0; i < metrics->values.size(); ++i)
                metrics->values[i] = row.at(int(i) + 1).toLongLong();
            return true;
        });
    QCOMPARE(result.value(QStringLiteral("members")).toInteger(), 1500);
    QCOMPARE(result.value(QStringLiteral("up")).toInteger(), expected.up);
    QCOMPARE(result.value(QStringLiteral("down")).toInteger(), expected.down);
    QCOMPARE(result.value(QStringLiteral("same")).toInteger(), expected.same);
    const QJsonArray matrix = result.value(QStringLiteral("matrix")).toArray();
    QCOMPARE(matrix.size(), expected.tiers);
    for (int from = 1; from <= expected.tiers; ++from) {
        const QJsonArray row = matrix.at(from - 1).toArray();
        QCOMPARE(row.size(), expected.tiers);
        for (int to = 1; to <= expected.tiers; ++to)
            QCOMPARE(row.at(to - 1).toInteger(), expected.count(from, to));
    }
    // The demo data moves: the first two drafts take tiers away, the third gives them.
    QVERIFY(expected.up + expected.down > 0);
}

QTEST_GUILESS_MAIN(TestTierWhatIf)
#include "tst_tierwhatif.moc"
