// tier_whatif_db_bench: the tier what-if and the period-end run through the real server on a big database.
//
//   tier_whatif_db_bench [--members 1000000] [--data DIR] [--judge-all] [--server PATH]
//
// Seeds DIR with `loyalty-server --seed-demo` up to that many members (reused when it holds them
// already), starts the server on it, signs in as an operator, saves a stricter draft (Gold's spend bar
// raised 25%) through PUT /v1/tiers/draft, starts POST /v1/tiers/draft/what-if and follows
// GET /v1/jobs/{id} until done. Prints the members, the job's own `seconds`, the wall time from the
// POST to the done state, up/down/same and the target check (<= 2 s for 1,000,000 members). Then the
// cost of one member's evaluation (TierLadder::standing over metrics read from the database, ns per
// member) and a period-end run (a manager's POST /v1/jobs, kind tier-period-end: job seconds, members
// walked per second). --judge-all also runs `--tier-period-end --now <now + 366 days>` on a copy
// (DIR-run), where every member above the lowest tier is judged.

#include "core/DefaultTierLadder.h"
#include "core/TierLadder.h"
#include "support/BenchHttpClient.h"
#include "support/BenchOutput.h"
#include "support/BenchServer.h"
#include "support/DataDirectory.h"
#include "support/ReadOnlyDatabase.h"
#include "support/ServerCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cstdio>
#include <vector>

namespace {

using namespace loyalty::bench;

constexpr double kTargetSeconds = 2.0;

// A read-only look at the database beside the server, which may be busy with a job.
constexpr int kReaderBusyTimeoutMs = 10000;

// Rank and metrics of up to `limit` members.
struct Sample
{
    int rank = 1;
    loyalty::MemberMetrics metrics;
};

std::vector<Sample> readSamples(const ReadOnlyDatabase &db, int limit)
{
    std::vector<Sample> list;
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT t.rank, cumulative_spend, period_spend, recent_orders, interactions, completed_tasks, "
        "visit_minutes, period_points FROM members m JOIN tiers t ON t.id = m.tier_id LIMIT ?"));
    query.bindValue(0, limit);
    if (!query.exec())
        return list;
    while (query.next()) {
        Sample sample;
        sample.rank = query.value(0).toInt();
        for (size_t i = 0; i < sample.metrics.values.size(); ++i)
            sample.metrics.values[i] = query.value(int(i) + 1).toLongLong();
        list.push_back(sample);
    }
    return list;
}

// Signs in; says why not when it fails.
bool login(BenchHttpClient &client, const QString &username)
{
    const HttpResult reply = client.login(username);
    if (!client.signedIn())
        say(QStringLiteral("sign-in as %1 failed: %2 %3")
                .arg(username)
                .arg(reply.status)
                .arg(QString::fromUtf8(reply.body)));
    return client.signedIn();
}

QString figure(const QJsonObject &object, const char *key)
{
    return QString::number(object.value(QLatin1String(key)).toDouble(), 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace loyalty;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tier what-if and period-end through the real server."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"),
                                           QStringLiteral("Members in the database."), QStringLiteral("N"),
                                           QStringLiteral("1000000"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data directory (seeded once, then reused)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption judgeAllOption(
        QStringLiteral("judge-all"),
        QStringLiteral("Also run --tier-period-end a year ahead on a copy (DIR-run): everyone is judged."));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("loyalty-server binary."),
                                          QStringLiteral("PATH"), QStringLiteral(LOYALTY_SERVER_BIN));
    parser.addOptions({membersOption, dataOption, judgeAllOption, serverOption});
    parser.process(app);

    const qint64 members = std::max<qint64>(1, parser.value(membersOption).toLongLong());
    const QString server = parser.value(serverOption);
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QDir::current().filePath(QStringLiteral("bench-tiers-%1").arg(members));
    QDir().mkpath(dataDir);
    const QString database = databasePath(dataDir);

    // 1. Data.
    if (!topUpDemoMembers(server, dataDir, members, QProcess::ForwardedChannels))
        return 1;
    // Users to sign in with (already there on a second run: that failure is fine, and stays quiet).
    for (const auto &[user, role] :
         {std::pair{"bench-operator", "operator"}, std::pair{"bench-manager", "manager"}})
        createBenchUser(server, dataDir, QString::fromLatin1(user), QString::fromLatin1(role),
                        QProcess::SeparateChannels);

    // 2. The real server.
    BenchServer process;
    if (!process.start(server, dataDir,
                       {QStringLiteral("--expiry-hour"), QStringLiteral("-1"),
                        QStringLiteral("--settle-interval-minutes"), QStringLiteral("0")},
                       60000)) {
        say(QStringLiteral("the server did not start"));
        return 1;
    }
    auto stopServer = [&process]() { process.stop(30000); };

    // 3. A stricter draft: Gold's spend bar 25% above the published one.
    BenchHttpClient operatorClient(process.baseUrl());
    if (!login(operatorClient, QStringLiteral("bench-operator"))) {
        stopServer();
        return 1;
    }
    // From the published ladder, not the draft an earlier run left: every run asks the same question.
    const HttpResult draft = operatorClient.send("GET", QStringLiteral("/v1/tiers/draft"));
    QJsonArray tiers = operatorClient.send("GET", QStringLiteral("/v1/tiers"))
                           .json()
                           .value(QStringLiteral("items"))
                           .toArray();
    qint64 goldBar = 0;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        QJsonObject tier = tiers.at(i).toObject();
        if (tier.value(QStringLiteral("rank")).toInt() != 3)
            continue;
        QJsonObject upgrade = tier.value(QStringLiteral("upgrade")).toObject();
        QJsonArray conditions = upgrade.value(QStringLiteral("conditions")).toArray();
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            QJsonObject condition = conditions.at(c).toObject();
            if (condition.value(QStringLiteral("metric")).toString() != QLatin1String("cumulativeSpend"))
                continue;
            goldBar = condition.value(QStringLiteral("value")).toInteger() * 5 / 4;
            condition.insert(QStringLiteral("value"), goldBar);
            conditions.replace(c, condition);
        }
        upgrade.insert(QStringLiteral("conditions"), conditions);
        tier.insert(QStringLiteral("upgrade"), upgrade);
        tiers.replace(i, tier);
    }
    const HttpResult saved =
        operatorClient.send("PUT", QStringLiteral("/v1/tiers/draft"),
                            {{QStringLiteral("version"), draft.json().value(QStringLiteral("version"))},
                             {QStringLiteral("tiers"), tiers}});
    if (draft.status != 200 || saved.status != 200 || goldBar == 0) {
        say(QStringLiteral("saving the draft failed: %1 %2")
                .arg(saved.status)
                .arg(QString::fromUtf8(saved.body)));
        stopServer();
        return 1;
    }
    say(QStringLiteral("\ndraft revision %1: Gold from %2 fen cumulative spend")
            .arg(saved.json().value(QStringLiteral("version")).toInt())
            .arg(goldBar));

    // 4. The what-if.
    QElapsedTimer wall;
    wall.start();
    const HttpResult started =
        operatorClient.send("POST", QStringLiteral("/v1/tiers/draft/what-if"),
                            {{QStringLiteral("version"), saved.json().value(QStringLiteral("version"))}});
    if (started.status != 202) {
        say(QStringLiteral("what-if refused: %1 %2")
                .arg(started.status)
                .arg(QString::fromUtf8(started.body)));
        stopServer();
        return 1;
    }
    double wallSeconds = 0;
    const QJsonObject whatIf =
        operatorClient.follow(started.json().value(QStringLiteral("id")).toInteger(), wall, &wallSeconds);
    const QJsonObject result = whatIf.value(QStringLiteral("result")).toObject();
    if (whatIf.value(QStringLiteral("state")).toString() != QLatin1String("done")) {
        say(QStringLiteral("what-if failed: %1").arg(QString::fromUtf8(QJsonDocument(whatIf).toJson())));
        stopServer();
        return 1;
    }
    const double jobSeconds = result.value(QStringLiteral("seconds")).toDouble();
    say(QStringLiteral("what-if members   %1").arg(result.value(QStringLiteral("members")).toInteger()));
    say(QStringLiteral("what-if seconds   %1 (the job's own), %2 (wall: POST to done)")
            .arg(jobSeconds, 0, 'f', 3)
            .arg(wallSeconds, 0, 'f', 3));
    say(QStringLiteral("movement          up %1, down %2, same %3")
            .arg(result.value(QStringLiteral("up")).toInteger())
            .arg(result.value(QStringLiteral("down")).toInteger())
            .arg(result.value(QStringLiteral("same")).toInteger()));
    QStringList rows;
    for (const QJsonValue &row : result.value(QStringLiteral("matrix")).toArray())
        rows.append(QString::fromUtf8(QJsonDocument(row.toArray()).toJson(QJsonDocument::Compact)));
    say(QStringLiteral("matrix            %1").arg(rows.join(QLatin1Char(' '))));
    say(QStringLiteral("target            <= %1 s for 1,000,000 members: %2")
            .arg(kTargetSeconds, 0, 'f', 0)
            .arg(wallSeconds * 1e6 / std::max<qint64>(1, members) <= kTargetSeconds
                     ? QStringLiteral("met")
                     : QStringLiteral("NOT met")));

    // 5. One member's evaluation, over real metrics.
    {
        const std::vector<Sample> samples =
            readSamples(ReadOnlyDatabase(database, kReaderBusyTimeoutMs), 200000);
        const TierLadder ladder(defaultTierLadder());
        constexpr int kRounds = 2'000'000;
        QElapsedTimer timer;
        timer.start();
        qint64 sink = 0;
        for (int i = 0; i < kRounds && !samples.empty(); ++i) {
            const Sample &sample = samples[size_t(i) % samples.size()];
            sink += ladder.standing(sample.rank, sample.metrics).rankAtPeriodEnd;
        }
        say(QStringLiteral(
                "evaluation        %1 ns/member (TierLadder::standing over %2 real members' metrics, "
                "checksum %3)")
                .arg(timer.nsecsElapsed() / double(kRounds), 0, 'f', 0)
                .arg(samples.size())
                .arg(sink));
    }

    // 6. The period-end job at the current time.
    BenchHttpClient manager(process.baseUrl());
    if (login(manager, QStringLiteral("bench-manager"))) {
        QElapsedTimer periodWall;
        periodWall.start();
        const HttpResult run = manager.send("POST", QStringLiteral("/v1/jobs"),
                                            {{QStringLiteral("kind"), QStringLiteral("tier-period-end")}});
        if (run.status == 202) {
            double seconds = 0;
            const QJsonObject job =
                manager.follow(run.json().value(QStringLiteral("id")).toInteger(), periodWall, &seconds);
            const QJsonObject summary = job.value(QStringLiteral("result")).toObject();
            const double own = summary.value(QStringLiteral("seconds")).toDouble();
            say(QStringLiteral(
                    "period-end job    %1 s (the job's own), %2 s wall; %3 members walked/s; judged %4 "
                    "(kept %5, down %6), warned %7, cleared %8, rows read %9")
                    .arg(figure(summary, "seconds"))
                    .arg(seconds, 0, 'f', 3)
                    .arg(members / std::max(0.001, own), 0, 'f', 0)
                    .arg(summary.value(QStringLiteral("members")).toInteger())
                    .arg(summary.value(QStringLiteral("kept")).toInteger())
                    .arg(summary.value(QStringLiteral("down")).toInteger())
                    .arg(summary.value(QStringLiteral("warned")).toInteger())
                    .arg(summary.value(QStringLiteral("cleared")).toInteger())
                    .arg(summary.value(QStringLiteral("scanned")).toInteger()));
        } else {
            say(QStringLiteral("period-end job refused: %1 %2")
                    .arg(run.status)
                    .arg(QString::fromUtf8(run.body)));
        }
    }
    stopServer();

    // 7. Everyone judged: a year ahead, on a copy.
    if (parser.isSet(judgeAllOption)) {
        const QString runDir = dataDir + QStringLiteral("-run");
        QElapsedTimer copying;
        copying.start();
        if (!copyDatabase(dataDir, runDir)) {
            say(QStringLiteral("cannot copy the database to %1").arg(runDir));
            return 1;
        }
        say(QStringLiteral("\ncopied the database to %1 in %2 s")
                .arg(runDir)
                .arg(copying.elapsed() / 1000.0, 0, 'f', 1));
        const qint64 higher =
            ReadOnlyDatabase(databasePath(runDir), kReaderBusyTimeoutMs)
                .value(QStringLiteral("SELECT COUNT(*) FROM members WHERE tier_until IS NOT NULL"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        const int code = runServerCommand(
            server,
            {QStringLiteral("--data"), runDir, QStringLiteral("--tier-period-end"), QStringLiteral("--now"),
             QDateTime::currentDateTimeUtc().addDays(366).toString(Qt::ISODateWithMs)},
            QProcess::SeparateChannels, {}, &output);
        const double processSeconds = timer.elapsed() / 1000.0;
        std::fprintf(stdout, "%s", output.constData());
        static const QRegularExpression summary(QStringLiteral("(\\d+) members judged .* ([0-9.]+) s"));
        const auto match = summary.match(QString::fromUtf8(output));
        if (code != 0 || !match.hasMatch()) {
            say(QStringLiteral("the period-end run failed (exit code %1)").arg(code));
            return 1;
        }
        const qint64 judged = match.captured(1).toLongLong();
        const double seconds = match.captured(2).toDouble();
        say(QStringLiteral(
                "judge-all         %1 of %2 members above the lowest tier judged in %3 s (%4 s the "
                "process): %5 members judged/s")
                .arg(judged)
                .arg(higher)
                .arg(seconds, 0, 'f', 1)
                .arg(processSeconds, 0, 'f', 1)
                .arg(judged / std::max(0.001, seconds), 0, 'f', 0));
    }
    return 0;
}
