// adjustments_bench: point adjustments per second through the real server with many concurrent clients.
//
//   adjustments_bench [--clients 50] [--seconds 20] [--warmup 2] [--members 20000] [--data DIR]
//                     [--server PATH]
//
// Seeds DIR with demo members when it has fewer than asked, creates a support user (PBKDF2 at 1000
// iterations: sign-in is not what is measured), starts the real server on a free loopback port and
// signs in. Then each client keeps one keep-alive connection with one request in flight (hand-written
// HTTP/1.1 on a raw socket, all clients on this thread: a few microseconds each, the server is the
// bottleneck) and sends POST /v1/members/{random id}/adjustments with a unique Idempotency-Key for the
// duration. Prints requests, seconds, adjustments/s, p50/p99/max latency, status counts (all must be
// 201), the target check (>= 5,000/s) and how many adjustment entries the ledger gained.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr double kTargetPerSecond = 5000.0;
const QByteArray kPassword = "bench-Password-1";
const QByteArray kUser = "adjbench";
const QByteArray kBody = R"({"amount": 10, "reason": "goodwill", "note": "bench"})";

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

qint64 databaseValue(const QString &path, const QString &sql)
{
    qint64 result = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-reader"));
    return result;
}

int runServerCommand(const QString &server, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(server, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// One HTTP/1.1 response off a byte stream: status and body once complete.
struct ResponseParser
{
    QByteArray buffer;

    // True when a whole response was taken off the buffer.
    bool take(int *status, QByteArray *body)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        qsizetype length = 0;
        const QByteArray head = buffer.left(headerEnd);
        for (const QByteArray &line : head.split('\n')) {
            if (line.size() > 15 && line.left(15).toLower() == "content-length:")
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return false;
        *status = head.mid(9, 3).toInt(); // "HTTP/1.1 201 Created"
        *body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        return true;
    }
};

struct Results
{
    std::vector<double> latenciesMs;
    QMap<int, qint64> statuses;
    qint64 counted = 0;
    QByteArray firstError;
};

class Client : public QObject
{
public:
    Client(int index, const QString &host, quint16 port, const QByteArray &token, qint64 members,
           Results *results)
        : m_index(index), m_token(token), m_members(members), m_results(results),
          m_random(quint32(1000 + index))
    {
        m_host = host.toLatin1() + ':' + QByteArray::number(port);
        connect(&m_socket, &QTcpSocket::connected, this, [this] { send(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_results->firstError.isEmpty())
                m_results->firstError = m_socket.errorString().toUtf8();
        });
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(host, port);
    }

    // Measuring: responses that arrive from now on count.
    void count(bool on) { m_counting = on; }
    void stop() { m_stopping = true; }
    bool idle() const { return !m_inFlight; }

private:
    void send()
    {
        if (m_stopping) {
            m_inFlight = false;
            return;
        }
        const qint64 member = 1 + qint64(m_random.bounded(double(m_members)));
        QByteArray request;
        request.reserve(400);
        request += "POST /v1/members/" + QByteArray::number(member) + "/adjustments HTTP/1.1\r\n";
        request += "Host: " + m_host + "\r\n";
        request += "Authorization: Bearer " + m_token + "\r\n";
        request += "Idempotency-Key: bench-" + QByteArray::number(m_index) + '-' +
                   QByteArray::number(++m_sent) + '-' +
                   QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "\r\n";
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(kBody.size()) +
                   "\r\n\r\n" + kBody;
        m_inFlight = true;
        m_timer.start();
        m_socket.write(request);
    }

    void read()
    {
        m_parser.buffer += m_socket.readAll();
        int status = 0;
        QByteArray body;
        while (m_parser.take(&status, &body)) {
            const double ms = m_timer.nsecsElapsed() / 1e6;
            if (m_counting) {
                m_results->latenciesMs.push_back(ms);
                ++m_results->statuses[status];
                ++m_results->counted;
                if (status != 201 && m_results->firstError.isEmpty())
                    m_results->firstError = QByteArray::number(status) + ' ' + body;
            }
            send();
        }
    }

    int m_index;
    QByteArray m_token;
    qint64 m_members;
    Results *m_results;
    QRandomGenerator m_random;
    QByteArray m_host;
    QTcpSocket m_socket;
    ResponseParser m_parser;
    QElapsedTimer m_timer;
    qint64 m_sent = 0;
    bool m_inFlight = false;
    bool m_counting = false;
    bool m_stopping = false;
};

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted.at(std::min(sorted.size() - 1, static_cast<size_t>(p * double(sorted.size()))));
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Point adjustments per second through the real server."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent clients."),
                                           QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured duration."),
                                           QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Unmeasured seconds first."), QStringLiteral("S"),
                                          QStringLiteral("2"));
    const QCommandLineOption membersOption(QStringLiteral("members"),
                                           QStringLiteral("Members to spread over."), QStringLiteral("N"),
                                           QStringLiteral("20000"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data directory (kept)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("loyalty-server binary."),
                                          QStringLiteral("PATH"), QStringLiteral(LOYALTY_SERVER_BIN));
    parser.addOptions({clientsOption, secondsOption, warmupOption, membersOption, dataOption, serverOption});
    parser.process(app);

    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const double seconds = std::max(1.0, parser.value(secondsOption).toDouble());
    const double warmup = std::max(0.0, parser.value(warmupOption).toDouble());
    const qint64 members = std::max<qint64>(1, parser.value(membersOption).toLongLong());
    const QString server = parser.value(serverOption);
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QDir::current().filePath(QStringLiteral("bench-adjust-%1").arg(members));
    QDir().mkpath(dataDir);
    const QString databasePath = QDir(dataDir).filePath(QStringLiteral("loyalty.sqlite"));

    // 1. Data and a user (already there on a second run: that failure is fine).
    const qint64 existing =
        QFile::exists(databasePath)
            ? databaseValue(databasePath, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members"))
            : 0;
    if (existing < members) {
        say(QStringLiteral("seeding %1 members into %2 ...").arg(members - existing).arg(dataDir));
        if (runServerCommand(server, {QStringLiteral("--data"), dataDir, QStringLiteral("--seed-demo"),
                                      QString::number(members - existing)}) != 0) {
            say(QStringLiteral("seeding failed"));
            return 1;
        }
    }
    runServerCommand(server,
                     {QStringLiteral("--data"), dataDir, QStringLiteral("--create-user"),
                      QString::fromLatin1(kUser), QStringLiteral("--role"), QStringLiteral("support"),
                      QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")},
                     kPassword + '\n');
    const qint64 entriesBefore = databaseValue(
        databasePath,
        QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjust' AND note = 'bench'"));

    // 2. The real server.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(server, {QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0")});
    QUrl base;
    static const QRegularExpression announce(QStringLiteral("listening on (http://\\S+)"));
    QByteArray seen;
    while (base.isEmpty() && process.waitForReadyRead(20000)) {
        seen += process.readAllStandardOutput();
        const auto match = announce.match(QString::fromUtf8(seen));
        if (match.hasMatch())
            base = QUrl(match.captured(1));
    }
    if (base.isEmpty()) {
        say(QStringLiteral("the server did not start"));
        return 1;
    }
    say(QStringLiteral("server pid %1 at %2").arg(process.processId()).arg(base.toString()));

    // 3. Sign in, on a raw socket like the rest.
    QByteArray token;
    {
        QTcpSocket socket;
        socket.connectToHost(base.host(), quint16(base.port()));
        socket.waitForConnected(5000);
        const QByteArray body = R"({"username":")" + kUser + R"(","password":")" + kPassword + "\"}";
        socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: " + base.host().toLatin1() +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        ResponseParser response;
        int status = 0;
        QByteArray reply;
        while (!response.take(&status, &reply) && socket.waitForReadyRead(10000))
            response.buffer += socket.readAll();
        token = QJsonDocument::fromJson(reply).object().value(QStringLiteral("token")).toString().toLatin1();
        if (status != 200 || token.isEmpty()) {
            say(QStringLiteral("sign-in failed: %1 %2").arg(status).arg(QString::fromUtf8(reply)));
            process.terminate();
            process.waitForFinished();
            return 1;
        }
    }

    // 4. The clients: warm up, measure, then let the requests in flight finish.
    Results results;
    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < clients; ++i)
        all.push_back(
            std::make_unique<Client>(i, base.host(), quint16(base.port()), token, members, &results));
    wait(int(warmup * 1000));
    for (auto &client : all)
        client->count(true);
    QElapsedTimer measured;
    measured.start();
    wait(int(seconds * 1000));
    for (auto &client : all)
        client->count(false);
    const double elapsed = measured.nsecsElapsed() / 1e9;
    for (auto &client : all)
        client->stop();
    QElapsedTimer draining;
    draining.start();
    while (draining.elapsed() < 10000 &&
           std::any_of(all.begin(), all.end(), [](const auto &client) { return !client->idle(); }))
        wait(20);
    all.clear();
    process.terminate();
    process.waitForFinished(10000);

    // 5. Figures.
    std::sort(results.latenciesMs.begin(), results.latenciesMs.end());
    const double rate = results.counted / elapsed;
    const qint64 created = results.statuses.value(201);
    QStringList statuses;
    for (auto it = results.statuses.cbegin(); it != results.statuses.cend(); ++it)
        statuses.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    const qint64 entriesAfter = databaseValue(
        databasePath,
        QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjust' AND note = 'bench'"));
    say(QStringLiteral("\n%1 clients, %2 members").arg(clients).arg(members));
    say(QStringLiteral("requests        %1").arg(results.counted));
    say(QStringLiteral("seconds         %1").arg(elapsed, 0, 'f', 1));
    say(QStringLiteral("adjustments/s   %1").arg(rate, 0, 'f', 0));
    say(QStringLiteral("latency ms      p50 %1  p99 %2  max %3")
            .arg(percentile(results.latenciesMs, 0.50), 0, 'f', 2)
            .arg(percentile(results.latenciesMs, 0.99), 0, 'f', 2)
            .arg(results.latenciesMs.empty() ? 0.0 : results.latenciesMs.back(), 0, 'f', 2));
    say(QStringLiteral("status codes    %1").arg(statuses.join(QStringLiteral(", "))));
    if (!results.firstError.isEmpty())
        say(QStringLiteral("first problem   %1").arg(QString::fromUtf8(results.firstError.left(300))));
    say(QStringLiteral("ledger gained   %1 adjustment entries (warm-up and drain included)")
            .arg(entriesAfter - entriesBefore));
    const bool allCreated = created == results.counted && results.counted > 0;
    const bool met = allCreated && rate >= kTargetPerSecond;
    say(QStringLiteral("all 201: %1; target >= %2/s: %3")
            .arg(allCreated ? QStringLiteral("yes") : QStringLiteral("NO"))
            .arg(kTargetPerSecond, 0, 'f', 0)
            .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met")));
    return met ? 0 : 3;
}
