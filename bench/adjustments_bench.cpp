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

#include "support/BenchOutput.h"
#include "support/BenchServer.h"
#include "support/DataDirectory.h"
#include "support/Percentile.h"
#include "support/ServerCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace {

constexpr double kTarget = 5000.0;
using namespace loyalty::bench;

// One keep-alive connection that sends the next request as soon as the previous answer is complete.
// Hand-written HTTP/1.1: the client must cost far less than the server it measures.
class Client : public QObject
{
public:
    Client(const QUrl &base, const QByteArray &token, int index, qint64 members, QMap<int, qint64> *statuses,
           QList<double> *latencies)
        : m_base(base), m_token(token), m_index(index), m_members(members), m_statuses(statuses),
          m_latencies(latencies), m_random(static_cast<quint32>(1000 + index))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
    }

    void start() { m_socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port())); }
    void stop() { m_stopped = true; }
    bool idle() const { return m_stopped && !m_waiting; }

private:
    void send()
    {
        if (m_stopped)
            return;
        const qint64 member = 1 + static_cast<qint64>(m_random.bounded(static_cast<quint32>(m_members)));
        const QByteArray body = R"({"amount":10,"reason":"goodwill","note":"bench"})";
        QByteArray request = "POST /v1/members/" + QByteArray::number(member) +
                             "/adjustments HTTP/1.1\r\nHost: " + m_base.authority().toLatin1() +
                             "\r\nAuthorization: Bearer " + m_token +
                             "\r\nContent-Type: application/json\r\nIdempotency-Key: bench-" +
                             QByteArray::number(m_index) + "-" + QByteArray::number(++m_sent) +
                             "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_buffer.clear();
        m_waiting = true;
        m_timer.start();
        m_socket.write(request);
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        static const QRegularExpression lengthHeader(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
        const auto match = lengthHeader.match(QString::fromLatin1(m_buffer.left(headerEnd)));
        const qint64 length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        (*m_statuses)[status] += 1;
        m_latencies->append(m_timer.nsecsElapsed() / 1e6);
        m_waiting = false;
        send();
    }

    QUrl m_base;
    QByteArray m_token;
    int m_index;
    qint64 m_members;
    QMap<int, qint64> *m_statuses;
    QList<double> *m_latencies;
    QRandomGenerator m_random;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    qint64 m_sent = 0;
    bool m_waiting = false;
    bool m_stopped = false;
};

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

    // Sign in over a plain socket too.
    QByteArray token;
    {
        QTcpSocket socket;
        socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
        socket.waitForConnected(10000);
        const QByteArray body = R"({"username":"bench","password":")" + kBenchPassword + "\"}";
        socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: " + base.authority().toLatin1() +
                     "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        while (socket.waitForReadyRead(20000))
            answer += socket.readAll();
        token = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                    .object()
                    .value(QStringLiteral("token"))
                    .toString()
                    .toLatin1();
    }
    if (token.isEmpty()) {
        say(QStringLiteral("sign-in failed"));
        process.kill();
        return 1;
    }

    QMap<int, qint64> statuses;
    QList<double> latencies;
    latencies.reserve(1'000'000);
    std::vector<std::unique_ptr<Client>> pool;
    for (int i = 0; i < clients; ++i)
        pool.push_back(std::make_unique<Client>(base, token, i, members, &statuses, &latencies));
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
