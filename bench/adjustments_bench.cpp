// adjustments_bench: how many points adjustments per second the real server posts for many concurrent
// clients.
//
//   adjustments_bench [--members 20000] [--clients 50] [--seconds 10] [--data DIR] [--server PATH]
//
// Seeds DIR (a fresh temporary one by default) with demo members, creates a support user, starts the
// real server, signs in, then keeps `--clients` keep-alive connections busy with
// POST /v1/members/{id}/adjustments (+10 points, a unique Idempotency-Key each, random members) for
// `--seconds`. Prints adjustments per second, latency percentiles, the status codes seen and the target
// check (at least 5,000 per second on SQLite), then verifies the ledger with loyalty-server --verify.

#include "support/BenchHttpClient.h"
#include "support/BenchOutput.h"
#include "support/BenchServer.h"
#include "support/DataDirectory.h"
#include "support/KeepAliveClient.h"
#include "support/Percentile.h"
#include "support/ServerCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace {

constexpr double kTarget = 5000.0;
using namespace loyalty::bench;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Adjustments per second through the real server."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Demo members."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent connections."), QStringLiteral("N"),
                                           QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to send."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data directory (kept)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("loyalty-server binary."),
                                          QStringLiteral("PATH"), QStringLiteral(LOYALTY_SERVER_BIN));
    parser.addOptions({membersOption, clientsOption, secondsOption, dataOption, serverOption});
    parser.process(app);

    const qint64 members = std::max<qint64>(1, parser.value(membersOption).toLongLong());
    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const QString server = parser.value(serverOption);
    QTemporaryDir scratch;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : scratch.path();
    QDir().mkpath(dataDir);

    if (!QFile::exists(databasePath(dataDir))) {
        say(QStringLiteral("seeding %1 members ...").arg(members));
        if (runServerCommand(server, {QStringLiteral("--data"), dataDir, QStringLiteral("--seed-demo"),
                                      QString::number(members)}) != 0) {
            say(QStringLiteral("seeding failed"));
            return 1;
        }
    }
    createBenchUser(server, dataDir, QStringLiteral("bench"), QStringLiteral("support"),
                    QProcess::ForwardedErrorChannel);

    BenchServer process;
    if (!process.start(server, dataDir, {QStringLiteral("--expiry-hour"), QStringLiteral("-1")})) {
        say(QStringLiteral("the server did not start"));
        return 1;
    }
    const QUrl base = process.baseUrl();

    BenchHttpClient signIn(base);
    const QByteArray token =
        signIn.login(QStringLiteral("bench")).status == 200 ? signIn.token() : QByteArray();
    if (token.isEmpty()) {
        say(QStringLiteral("sign-in failed"));
        process.kill();
        return 1;
    }

    QMap<int, qint64> statuses;
    QList<double> latencies;
    latencies.reserve(1'000'000);
    QRandomGenerator random(1000);
    std::vector<std::unique_ptr<KeepAliveClient>> pool;
    for (int i = 0; i < clients; ++i) {
        pool.push_back(std::make_unique<KeepAliveClient>(
            base, token, "bench-" + QByteArray::number(i),
            [&random, members](QByteArray *path, QByteArray *body) {
                const qint64 member = 1 + static_cast<qint64>(random.bounded(static_cast<quint32>(members)));
                *path = "/v1/members/" + QByteArray::number(member) + "/adjustments";
                *body = R"({"amount":10,"reason":"goodwill","note":"bench"})";
                return true;
            },
            [&statuses, &latencies](int status, const QByteArray &, double milliseconds) {
                statuses[status] += 1;
                latencies.append(milliseconds);
            }));
    }
    say(QStringLiteral("%1 clients posting adjustments for %2 s ...").arg(clients).arg(seconds));
    QElapsedTimer wall;
    wall.start();
    for (auto &client : pool)
        client->start();
    QTimer::singleShot(seconds * 1000, &app, [&]() {
        for (auto &client : pool)
            client->stop();
    });
    QTimer drain;
    drain.setInterval(20);
    QObject::connect(&drain, &QTimer::timeout, &app, [&]() {
        if (std::all_of(pool.begin(), pool.end(), [](const auto &client) { return client->idle(); }))
            app.quit();
    });
    drain.start();
    app.exec();
    const double elapsed = wall.nsecsElapsed() / 1e9;
    pool.clear();
    process.stop(30000);

    std::sort(latencies.begin(), latencies.end());
    const qint64 done = latencies.size();
    const double rate = done / elapsed;
    QStringList seenStatuses;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        seenStatuses.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
    say(QStringLiteral("adjustments: %1 in %2 s = %3 per second")
            .arg(done)
            .arg(elapsed, 0, 'f', 2)
            .arg(rate, 0, 'f', 0));
    say(QStringLiteral("latency ms: p50 %1, p99 %2, max %3")
            .arg(percentile(latencies, 0.50), 0, 'f', 2)
            .arg(percentile(latencies, 0.99), 0, 'f', 2)
            .arg(latencies.isEmpty() ? 0.0 : latencies.constLast(), 0, 'f', 2));
    say(QStringLiteral("statuses: %1").arg(seenStatuses.join(QStringLiteral(", "))));
    say(QStringLiteral("target >= %1 per second: %2")
            .arg(kTarget, 0, 'f', 0)
            .arg(rate >= kTarget ? QStringLiteral("met") : QStringLiteral("NOT met")));
    QByteArray verify;
    const int verified =
        runServerCommand(server, {QStringLiteral("--data"), dataDir, QStringLiteral("--verify")},
                         QProcess::MergedChannels, {}, &verify);
    say(QStringLiteral("verify: %1")
            .arg(QString::fromUtf8(verify).trimmed().split(QLatin1Char('\n')).constLast()));
    // 422 is the server refusing a frozen demo member: expected. Anything else is a failure.
    return verified == 0 && statuses.value(201) + statuses.value(422) == done ? 0 : 1;
}
