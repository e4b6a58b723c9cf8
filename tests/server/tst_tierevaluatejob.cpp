#include "server/Database.h"
#include "server/DemoSeeder.h"
#include "server/JobService.h"
#include "server/Migrations.h"
#include "server/TierEvaluateJob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using loyalty::server::Database;
using loyalty::server::DemoSeeder;
using loyalty::server::JobService;
using loyalty::server::Migrations;
using loyalty::server::TierEvaluateJob;

// The tier-evaluate job in process: batch by batch with its checkpoint, stopped and resumed without
// judging anyone twice, never down, not for blacklisted members, and once more from the start when a
// newer ladder was published meanwhile. The publish that starts it is in tst_tierevaluationapi.
class TestTierEvaluateJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void stoppedRunResumesAfterItsCheckpoint();
    void neverDownNorForBlacklisted();
    void newerLadderStartsOver_data();
    void newerLadderStartsOver();

private:
    static qint64 value(const QString &sql, const QVariantList &bind = {});
    static bool exec(const QString &sql, const QVariantList &bind = {});
    static qint64 newJob();
    static qint64 silver()
    {
        return value(QStringLiteral(
            "SELECT COUNT(*) FROM members m JOIN tiers t ON t.id = m.tier_id WHERE t.rank = 2"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    static constexpr qint64 kMembers = 300;
    static constexpr qint64 kBatch = 50;
};

qint64 TestTierEvaluateJob::value(const QString &sql, const QVariantList &bind)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < bind.size(); ++i)
        query.bindValue(int(i), bind.at(i));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool TestTierEvaluateJob::exec(const QString &sql, const QVariantList &bind)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < bind.size(); ++i)
        query.bindValue(int(i), bind.at(i));
    return query.exec();
}

qint64 TestTierEvaluateJob::newJob()
{
    const auto job = JobService::create(QString::fromLatin1(TierEvaluateJob::kKind), QStringLiteral("test"),
                                        nullptr, {{QStringLiteral("version"), 1}});
    return job.ok() ? job.value().id : 0;
}

void TestTierEvaluateJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database::closeThisThread();
    Database::setPath(m_dir->filePath(QStringLiteral("loyalty.sqlite")));
    QVERIFY(Migrations::run());
    DemoSeeder::Summary seeded;
    QVERIFY(DemoSeeder::seed(kMembers, &seeded));
    QCOMPARE(value(QStringLiteral("SELECT MAX(id) FROM members")), kMembers);
    // Everyone Regular and active; every third member has spent enough for Silver (the default ladder).
    QVERIFY(exec(QStringLiteral(
        "UPDATE members SET tier_id = (SELECT id FROM tiers WHERE rank = 1), status = 'active', "
        "cumulative_spend = CASE WHEN id % 3 = 0 THEN 60000 ELSE 0 END, period_spend = 0, recent_orders = 0, "
        "interactions = 0, completed_tasks = 0, visit_minutes = 0, period_points = 0")));
}

void TestTierEvaluateJob::cleanup()
{
    Database::closeThisThread();
    m_dir.reset();
}

void TestTierEvaluateJob::stoppedRunResumesAfterItsCheckpoint()
{
    const qint64 job = newJob();
    QVERIFY(job > 0);
    QList<double> fractions;
    QJsonObject result;
    // Stopped after the second batch: what it committed stays, with its checkpoint.
    QVERIFY(!TierEvaluateJob::run(
        job, JobService::find(job).value().params,
        [&](double fraction) {
            fractions.append(fraction);
            return fractions.size() < 2;
        },
        &result, int(kBatch)));
    QCOMPARE(fractions, (QList<double>{1.0 / 6, 2.0 / 6}));
    QCOMPARE(silver(), 2 * kBatch / 3);
    const QJsonObject checkpoint = JobService::find(job).value().params;
    QCOMPARE(checkpoint.value(QStringLiteral("afterId")).toInteger(), 2 * kBatch);
    QCOMPARE(checkpoint.value(QStringLiteral("upgraded")).toInteger(), 2 * kBatch / 3);

    // Resumed (as after a restart): the rest, and nobody twice.
    fractions.clear();
    QVERIFY(TierEvaluateJob::run(
        job, checkpoint,
        [&](double fraction) {
            fractions.append(fraction);
            return true;
        },
        &result, int(kBatch)));
    QCOMPARE(qint64(fractions.size()), kMembers / kBatch - 2);
    QCOMPARE(fractions.constLast(), 1.0);
    QCOMPARE(result.value(QStringLiteral("members")).toInteger(), kMembers);
    QCOMPARE(result.value(QStringLiteral("upgraded")).toInteger(), kMembers / 3);
    QCOMPARE(silver(), kMembers / 3);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'tier.upgrade'")),
             kMembers / 3);
    QCOMPARE(value(QStringLiteral(
                 "SELECT COUNT(DISTINCT member_id) FROM audit_log WHERE action = 'tier.upgrade'")),
             kMembers / 3);
    // The new tier period starts now.
    QCOMPARE(
        value(QStringLiteral("SELECT COUNT(*) FROM members WHERE id % 3 = 0 AND tier_until IS NOT NULL AND "
                             "tier_since >= ?"),
              {QDateTime::currentMSecsSinceEpoch() - 60000}),
        kMembers / 3);
}

void TestTierEvaluateJob::neverDownNorForBlacklisted()
{
    // Member 1: Gold without any activity; member 3: qualifies for Silver but is blacklisted.
    QVERIFY(exec(
        QStringLiteral("UPDATE members SET tier_id = (SELECT id FROM tiers WHERE rank = 3) WHERE id = 1")));
    QVERIFY(exec(QStringLiteral("UPDATE members SET status = 'blacklisted' WHERE id = 3")));
    const qint64 job = newJob();
    QJsonObject result;
    QVERIFY(TierEvaluateJob::run(
        job, {}, [](double) { return true; }, &result, int(kBatch)));
    QCOMPARE(result.value(QStringLiteral("upgraded")).toInteger(), kMembers / 3 - 1);
    const QString rankOf =
        QStringLiteral("SELECT t.rank FROM members m JOIN tiers t ON t.id = m.tier_id WHERE m.id = ?");
    QCOMPARE(value(rankOf, {1}), qint64(3));
    QCOMPARE(value(rankOf, {3}), qint64(1));
    QCOMPARE(value(rankOf, {6}), qint64(2));
}

void TestTierEvaluateJob::newerLadderStartsOver_data()
{
    QTest::addColumn<bool>("newerPublished");
    QTest::addColumn<qint64>("upgraded"); // by this run
    // A checkpoint after member 250 under ladder version 1.
    QTest::addRow("same ladder: the rest only") << false << qint64(17); // 252, 255, ..., 300
    QTest::addRow("newer ladder: everyone again") << true << qint64(kMembers / 3);
}

void TestTierEvaluateJob::newerLadderStartsOver()
{
    QFETCH(bool, newerPublished);
    QFETCH(qint64, upgraded);
    if (newerPublished)
        QVERIFY(exec(
            QStringLiteral("INSERT INTO tier_versions (version, ladder_json, published_at, published_by) "
                           "SELECT 2, ladder_json, ?, 'test' FROM tier_versions WHERE version = 1"),
            {QDateTime::currentMSecsSinceEpoch()}));
    const qint64 job = newJob();
    const QJsonObject checkpoint{{QStringLiteral("version"), 1},
                                 {QStringLiteral("afterId"), 250},
                                 {QStringLiteral("members"), 250},
                                 {QStringLiteral("upgraded"), 0},
                                 {QStringLiteral("evaluatedVersion"), 1}};
    QJsonObject result;
    QVERIFY(TierEvaluateJob::run(
        job, checkpoint, [](double) { return true; }, &result, int(kBatch)));
    QCOMPARE(result.value(QStringLiteral("version")).toInt(), newerPublished ? 2 : 1);
    QCOMPARE(result.value(QStringLiteral("members")).toInteger(), kMembers);
    QCOMPARE(result.value(QStringLiteral("upgraded")).toInteger(), upgraded);
    QCOMPARE(silver(), upgraded);
}

QTEST_GUILESS_MAIN(TestTierEvaluateJob)
#include "tst_tierevaluatejob.moc"
