#include "server/ServerCommands.h"

#include "server/ApprovalService.h"
#include "server/Database.h"
#include "server/DemoSeeder.h"
#include "server/HttpApi.h"
#include "server/JobScheduler.h"
#include "server/LedgerService.h"
#include "server/LedgerVerifier.h"
#include "server/Localizer.h"
#include "server/Logging.h"
#include "server/LotExpiry.h"
#include "server/Migrations.h"
#include "server/PasswordHasher.h"
#include "server/ServerOptions.h"
#include "server/ShutdownSignal.h"
#include "server/TierPeriodEnd.h"
#include "server/UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace loyalty::server {

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "loyalty-server: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
}
} // namespace

bool ServerCommands::prepare(const ServerOptions &options)
{
    if (!QDir().mkpath(options.dataDir)) {
        printError(QStringLiteral("cannot create the data directory %1").arg(options.dataDir));
        return false;
    }
    Database::setPath(options.databasePath());
    // Before the migrations: the lot backfill of an older database uses the same rule.
    LedgerService::setLotExpiryMonths(options.lotExpiryMonths);
    ApprovalService::setThreshold(options.approvalThreshold);
    TierPeriodEnd::setDefaults(options.tierWarningDays, options.tierPeriodMonths);
    if (!Migrations::run()) {
        printError(QStringLiteral("cannot open or migrate %1").arg(options.databasePath()));
        return false;
    }
    return true;
}

int ServerCommands::createUser(const ServerOptions &options)
{
    // The password comes on the first line of stdin, never on the command line (ps shows it).
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read the password from stdin"));
        return 1;
    }
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const Outcome<qint64> created = UserService::create(
        options.username, options.role, QString::fromUtf8(line), PasswordHasher(options.pbkdf2Iterations));
    if (!created.ok()) {
        printError(QString::fromUtf8(created.error().sourceText));
        return 1;
    }
    std::fprintf(stdout, "created user %s (id %lld)\n", options.username.toUtf8().constData(),
                 static_cast<long long>(created.value()));
    return 0;
}

int ServerCommands::seedDemo(const ServerOptions &options)
{
    DemoSeeder::Summary summary;
    const bool ok = DemoSeeder::seed(options.seedMembers, &summary, options.demoColleague);
    std::fprintf(stderr, "seeded %lld members and %lld ledger entries in %.1f s: %.0f members/s\n",
                 static_cast<long long>(summary.members), static_cast<long long>(summary.entries),
                 summary.seconds, summary.members / std::max(0.001, summary.seconds));
    if (!ok) {
        printError(QStringLiteral("seeding failed"));
        return 1;
    }
    return 0;
}

int ServerCommands::expireLots(const ServerOptions &options)
{
    LotExpiry::Settings settings;
    settings.now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    settings.batchSize = options.expireBatchSize;
    settings.maxBatches = options.maxBatches;
    LotExpiry::Summary summary;
    const bool ok = LotExpiry::run(settings, &summary);
    std::fprintf(stdout, "expired %lld lots (%lld points) in %lld batches, %.1f s: %.0f lots/s\n",
                 static_cast<long long>(summary.lots), static_cast<long long>(summary.points),
                 static_cast<long long>(summary.batches), summary.seconds,
                 summary.lots / std::max(0.001, summary.seconds));
    std::fflush(stdout);
    if (!ok) {
        printError(QStringLiteral("the expiry run stopped on an error; run it again to resume"));
        return 1;
    }
    return 0;
}

int ServerCommands::tierPeriodEnd(const ServerOptions &options)
{
    TierPeriodEnd::Settings settings = TierPeriodEnd::defaults();
    if (options.now.isValid())
        settings.now = options.now;
    TierPeriodEnd::Summary summary;
    const bool ok = TierPeriodEnd::run(settings, &summary);
    std::fprintf(stdout,
                 "tier period end: %lld members judged (%lld kept, %lld down), %lld warned, %lld cleared, "
                 "%lld orders left the window, %.1f s\n",
                 static_cast<long long>(summary.members), static_cast<long long>(summary.kept),
                 static_cast<long long>(summary.down), static_cast<long long>(summary.warned),
                 static_cast<long long>(summary.cleared), static_cast<long long>(summary.ordersLeft),
                 summary.seconds);
    std::fflush(stdout);
    if (!ok) {
        printError(QStringLiteral("the tier period-end run stopped on an error; run it again to resume"));
        return 1;
    }
    return 0;
}

int ServerCommands::verify(const ServerOptions &)
{
    LedgerVerifier::Report report;
    if (!LedgerVerifier::run(&report)) {
        printError(QStringLiteral("cannot read the ledger"));
        return 1;
    }
    for (const QString &line : std::as_const(report.first))
        std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fprintf(stdout, "checked %lld members: %lld violations\n", static_cast<long long>(report.members),
                 static_cast<long long>(report.violations));
    std::fflush(stdout);
    return report.violations == 0 ? 0 : 1;
}

int ServerCommands::serve(const ServerOptions &options)
{
    const Localizer localizer;
    HttpApi::Settings settings;
    settings.pbkdf2Iterations = options.pbkdf2Iterations;
    settings.tokenTtlSeconds = options.tokenTtlSeconds;
    settings.maxBodyBytes = options.maxBodyBytes;
    settings.loginMaxFailures = options.loginMaxFailures;
    settings.loginWindowSeconds = qint64(options.loginWindowMinutes) * 60;
    int exitCode = 0;
    {
        HttpApi api(settings, localizer);
        const quint16 port = api.listen(options.listenAddress, options.listenPort);
        if (port == 0) {
            printError(QStringLiteral("cannot listen on %1:%2")
                           .arg(options.listenAddress.toString())
                           .arg(options.listenPort));
            return 1;
        }
        QString host = options.listenAddress.toString();
        if (options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
            host = QStringLiteral("[%1]").arg(host);
        std::fprintf(stdout, "listening on http://%s:%u\n", host.toLatin1().constData(), unsigned(port));
        std::fflush(stdout);
        api.jobs().resume();
        const JobScheduler scheduler(api.jobs(), {options.expiryHour, options.settleIntervalMinutes});
        ShutdownSignal shutdown;
        exitCode = QCoreApplication::exec();
        qCInfo(lcServerHttp) << "shutting down";
    }
    return exitCode;
}

} // namespace loyalty::server
