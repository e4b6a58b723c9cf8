// member_search_bench: how fast GET /v1/members answers each kind of search on a big database.
//
//   member_search_bench --members 1000000 [--data DIR] [--queries 2000] [--server PATH]
//
// Seeds DIR with demo members through loyalty-server --seed-demo when it has fewer than asked,
// starts the real server, signs in, then sends sequential keep-alive requests per query kind and
// prints p50 / p99 / max in milliseconds and the target check (p99 <= 20 ms).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

namespace {

constexpr double kTargetP99Ms = 20.0;
const QByteArray kPassword = "bench-Password-1";

struct Sample
{
    QString phone;
    QString memberNo;
    QString name;
};

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

class ServerDatabaseReader
{
public:
    explicit ServerDatabaseReader(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~ServerDatabaseReader()
    {
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }

    qint64 memberCount() const
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members")) || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    QList<Sample> samples(int count, qint64 members) const
    {
        QList<Sample> list;
        QSqlQuery query(QSqlDatabase::database(name(), false));
        query.prepare(QStringLiteral("SELECT phone, member_no, name FROM members WHERE id = ?"));
        QRandomGenerator random(7);
        while (list.size() < count && members > 0) {
            query.bindValue(0, 1 + static_cast<qint64>(random.bounded(static_cast<double>(members))));
            if (query.exec() && query.next())
                list.append(
                    {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        }
        return list;
    }

private:
    static QString name() { return QStringLiteral("bench-reader"); }
};

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

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult request(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token,
                   const QByteArray &postBody = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = postBody.isEmpty() ? network.get(request) : network.post(request, postBody);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype index = std::min<qsizetype>(sorted.size() - 1, static_cast<qsizetype>(p * sorted.size()));
    return sorted.at(index);
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
    const QString databasePath = QDir(dataDir).filePath(QStringLiteral("loyalty.sqlite"));

    // 1. Data: seed what is missing (the seeder prints its members per second on stderr).
    qint64 existing = 0;
    if (QFile::exists(databasePath))
        existing = ServerDatabaseReader(databasePath).memberCount();
    if (existing < members) {
        say(QStringLiteral("seeding %1 members into %2 ...").arg(members - existing).arg(dataDir));
        QElapsedTimer seeding;
        seeding.start();
        if (runServerCommand(server, {QStringLiteral("--data"), dataDir, QStringLiteral("--seed-demo"),
                                      QString::number(members - existing)}) != 0) {
            say(QStringLiteral("seeding failed"));
            return 1;
        }
        say(QStringLiteral("seeded in %1 s").arg(seeding.elapsed() / 1000.0, 0, 'f', 1));
    } else {
        say(QStringLiteral("using %1 existing members in %2").arg(existing).arg(dataDir));
    }
    // A user to sign in with (already there on a second run: that failure is fine).
    runServerCommand(server,
                     {QStringLiteral("--data"), dataDir, QStringLiteral("--create-user"),
                      QStringLiteral("bench"), QStringLiteral("--role"), QStringLiteral("support"),
                      QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")},
                     kPassword + '\n');

    // 2. Query terms from real rows.
    QList<Sample> samples;
    {
        ServerDatabaseReader reader(databasePath);
        samples = reader.samples(queries, reader.memberCount());
    }
    if (samples.isEmpty()) {
        say(QStringLiteral("no members to query"));
        return 1;
    }

    // 3. The real server.
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

    QNetworkAccessManager network;
    QUrl loginUrl = base;
    loginUrl.setPath(QStringLiteral("/v1/auth/login"));
    const HttpResult login =
        request(network, loginUrl, {}, R"({"username":"bench","password":")" + kPassword + "\"}");
    const QByteArray token =
        QJsonDocument::fromJson(login.body).object().value(QStringLiteral("token")).toString().toLatin1();
    if (login.status != 200 || token.isEmpty()) {
        say(QStringLiteral("sign-in failed: %1 %2").arg(login.status).arg(QString::fromUtf8(login.body)));
        process.terminate();
        process.waitForFinished();
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
            .arg(ServerDatabaseReader(databasePath).memberCount()));
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
            QUrl url = base;
            url.setPath(QStringLiteral("/v1/members"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                        kind.term(samples.at(i % samples.size())))));
            url.setQuery(query);
            QElapsedTimer timer;
            timer.start();
            const HttpResult result = request(network, url, token);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (result.status != 200)
                ++failures;
            if (i < 20)
                continue; // warm-up
            times.append(ms);
            rows +=
                QJsonDocument::fromJson(result.body).object().value(QStringLiteral("items")).toArray().size();
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

    process.terminate();
    process.waitForFinished(10000);
    return allMet ? 0 : 3;
}
