// member_search_bench: how fast GET /v1/members answers each kind of search on a big database.
//
//   member_search_bench --members 1000000 [--data DIR] [--queries 2000] [--server PATH]
//
// Seeds DIR with demo members through loyalty-server --seed-demo when it has fewer than asked,
// starts the real server, signs in, then sends sequential keep-alive requests per query kind and
// prints p50 / p99 / max in milliseconds and the target check (p99 <= 20 ms).

#include "support/BenchHttpClient.h"
#include "support/BenchOutput.h"
#include "support/BenchServer.h"
#include "support/DataDirectory.h"
#include "support/Percentile.h"
#include "support/ReadOnlyDatabase.h"
#include "support/ServerCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

using namespace loyalty::bench;

constexpr double kTargetP99Ms = 20.0;

struct Sample
{
    QString phone;
    QString memberNo;
    QString name;
};

qint64 memberCount(const ReadOnlyDatabase &db)
{
    return db.value(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members"));
}

// Up to `count` random members' search terms (repeatable: a fixed seed).
QList<Sample> readSamples(const ReadOnlyDatabase &db, int count, qint64 members)
{
    QList<Sample> list;
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("SELECT phone, member_no, name FROM members WHERE id = ?"));
    QRandomGenerator random(7);
    while (list.size() < count && members > 0) {
        query.bindValue(0, 1 + static_cast<qint64>(random.bounded(static_cast<double>(members))));
        if (query.exec() && query.next())
            list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Member search latency through the real server."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"),
                                           QStringLiteral("Members in the database."), QStringLiteral("N"),
                                           QStringLiteral("1000000"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data directory (kept)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries per kind."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("loyalty-server binary."),
                                          QStringLiteral("PATH"), QStringLiteral(LOYALTY_SERVER_BIN));
    parser.addOptions({membersOption, dataOption, queriesOption, serverOption});
    parser.process(app);

    const qint64 members = parser.value(membersOption).toLongLong();
    const int queries = std::max(10, parser.value(queriesOption).toInt());
    const QString server = parser.value(serverOption);
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QDir::current().filePath(QStringLiteral("bench-data-%1").arg(members));
    QDir().mkpath(dataDir);
    const QString database = databasePath(dataDir);

    // 1. Data: seed what is missing (the seeder prints its members per second on stderr).
    if (!topUpDemoMembers(server, dataDir, members, QProcess::ForwardedErrorChannel))
        return 1;
    // A user to sign in with (already there on a second run: that failure is fine).
    createBenchUser(server, dataDir, QStringLiteral("bench"), QStringLiteral("support"),
                    QProcess::ForwardedErrorChannel);

    // 2. Query terms from real rows.
    QList<Sample> samples;
    {
        const ReadOnlyDatabase reader(database);
        samples = readSamples(reader, queries, memberCount(reader));
    }
    if (samples.isEmpty()) {
        say(QStringLiteral("no members to query"));
        return 1;
    }

    // 3. The real server.
    BenchServer process;
    if (!process.start(server, dataDir)) {
        say(QStringLiteral("the server did not start"));
        return 1;
    }

    BenchHttpClient client(process.baseUrl());
    const HttpResult login = client.login(QStringLiteral("bench"));
    if (!client.signedIn()) {
        say(QStringLiteral("sign-in failed: %1 %2").arg(login.status).arg(QString::fromUtf8(login.body)));
        process.stop();
        return 1;
    }

    // 4. Sequential queries per kind on one keep-alive connection.
    struct Kind
    {
        const char *name;
        QString (*term)(const Sample &);
    };
    const Kind kinds[] = {
        {"phone last 4", [](const Sample &s) { return s.phone.right(4); }},
        {"member number", [](const Sample &s) { return s.memberNo; }},
        {"name prefix", [](const Sample &s) { return s.name.left(1); }},
        {"name prefix (2 chars)", [](const Sample &s) { return s.name.left(2); }},
        {"full phone", [](const Sample &s) { return s.phone; }},
    };
    say(QStringLiteral("\n%1 queries per kind against %2 members (limit 50):")
            .arg(queries)
            .arg(memberCount(ReadOnlyDatabase(database))));
    say(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(QStringLiteral("kind"), -24)
            .arg(QStringLiteral("p50 ms"), 8)
            .arg(QStringLiteral("p99 ms"), 8)
            .arg(QStringLiteral("max ms"), 8)
            .arg(QStringLiteral("rows/q"), 8));
    bool allMet = true;
    for (const Kind &kind : kinds) {
        QList<double> times;
        qint64 rows = 0;
        int failures = 0;
        for (int i = 0; i < queries + 20; ++i) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                        kind.term(samples.at(i % samples.size())))));
            const QUrl url = client.url(QStringLiteral("/v1/members"), query);
            QElapsedTimer timer;
            timer.start();
            const HttpResult result = client.request("GET", url);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (result.status != 200)
                ++failures;
            if (i < 20)
                continue; // warm-up
            times.append(ms);
            rows += result.json().value(QStringLiteral("items")).toArray().size();
        }
        std::sort(times.begin(), times.end());
        const double p99 = percentile(times, 0.99);
        allMet = allMet && p99 <= kTargetP99Ms && failures == 0;
        say(QStringLiteral("%1 %2 %3 %4 %5%6")
                .arg(QString::fromLatin1(kind.name), -24)
                .arg(percentile(times, 0.50), 8, 'f', 2)
                .arg(p99, 8, 'f', 2)
                .arg(times.constLast(), 8, 'f', 2)
                .arg(double(rows) / times.size(), 8, 'f', 1)
                .arg(failures ? QStringLiteral("  (%1 failed)").arg(failures) : QString()));
    }
    say(QStringLiteral("\ntarget p99 <= %1 ms for every kind: %2")
            .arg(kTargetP99Ms)
            .arg(allMet ? QStringLiteral("met") : QStringLiteral("NOT met")));

    process.stop(10000);
    return allMet ? 0 : 3;
}
