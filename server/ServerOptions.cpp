#include "server/ServerOptions.h"

#include <QCommandLineParser>
#include <QDir>

namespace loyalty::server {

namespace {
QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    if (valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                  QString::fromLatin1(valueName));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

struct Options
{
    QCommandLineOption data = option("data", "Data directory (created if missing).", "DIR");
    QCommandLineOption listen =
        option("listen", "Serve on HOST:PORT (port 0 picks a free one).", "HOST:PORT");
    QCommandLineOption createUser =
        option("create-user", "Create a console user; password on stdin.", "NAME");
    QCommandLineOption createAdmin =
        option("create-admin", "Create an administrator; password on stdin.", "NAME");
    QCommandLineOption role =
        option("role", "Role for --create-user: operator, support, manager, admin.", "ROLE");
    QCommandLineOption iterations = option("pbkdf2-iterations", "PBKDF2 iterations for new hashes.", "N");
    QCommandLineOption tokenTtl = option("token-ttl", "Lifetime of issued tokens in seconds.", "SECONDS");
    QCommandLineOption maxBody = option("max-body", "Largest accepted request body in bytes.", "BYTES");
    QCommandLineOption seedDemo = option("seed-demo", "Seed the default tiers and N demo members.", "N");
    QCommandLineOption demoColleague = option(
        "demo-colleague", "With --seed-demo: a support colleague whose large adjustments await approval.");
    QCommandLineOption loginMaxFailures =
        option("login-max-failures", "Failed sign-ins per user name or address before a lockout (5).", "N");
    QCommandLineOption loginWindow =
        option("login-window-minutes", "Window in which failed sign-ins count (15).", "MINUTES");

    QCommandLineOption lotExpiryMonths =
        option("lot-expiry-months", "Months until the points of a new lot expire (12).", "MONTHS");
    QCommandLineOption expireLots =
        option("expire-lots", "Expire every lot whose expiry has passed, then exit.");
    QCommandLineOption now =
        option("now", "With --expire-lots or --tier-period-end: the time to run at (ISO 8601).", "TIME");
    QCommandLineOption expireBatch =
        option("expire-batch-size", "With --expire-lots: lots per transaction (20000).", "N");
    QCommandLineOption maxBatches =
        option("max-batches", "With --expire-lots: stop after N batches; run again to resume.", "N");
    QCommandLineOption approvalThreshold =
        option("approval-threshold",
               "Adjustments above this many points wait for a manager's approval (5000).", "POINTS");
    QCommandLineOption expiryHour =
        option("expiry-hour", "Local hour of the daily expiry run, 0-23; -1 for none (3).", "HOUR");
    QCommandLineOption settleInterval = option(
        "settle-interval-minutes", "How often due pending points are posted; 0 for never (15).", "MINUTES");
    QCommandLineOption tierPeriodEnd =
        option("tier-period-end",
               "Judge the members whose tier period has ended and flag those at risk, then exit.");
    QCommandLineOption tierWarningDays =
        option("tier-warning-days",
               "Days before a tier period ends in which members at risk are flagged (30).", "DAYS");
    QCommandLineOption tierPeriodMonths =
        option("tier-period-months", "Length of a tier period (12).", "MONTHS");
    QCommandLineOption verify = option(
        "verify", "Check balance = ledger sum = open lot remainders >= 0 for every member; exit 1 if not.");

    void addTo(QCommandLineParser *parser) const
    {
        parser->addOptions({data,
                            listen,
                            createUser,
                            createAdmin,
                            role,
                            iterations,
                            tokenTtl,
                            maxBody,
                            seedDemo,
                            demoColleague,
                            loginMaxFailures,
                            loginWindow,
                            lotExpiryMonths,
                            expireLots,
                            now,
                            expireBatch,
                            maxBatches,
                            approvalThreshold,
                            expiryHour,
                            settleInterval,
                            tierPeriodEnd,
                            tierWarningDays,
                            tierPeriodMonths,
                            verify});
        parser->addHelpOption();
    }
};

bool positiveNumber(const QString &text, qint64 minimum, qint64 *value)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < minimum)
        return false;
    *value = number;
    return true;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    // An explicit host only: "localhost" is the one name we resolve ourselves.
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    *port = static_cast<quint16>(number);
    return true;
}
} // namespace

QString ServerOptions::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("loyalty.sqlite"));
}

QString ServerOptions::usage()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loyalty programme REST server."));
    Options().addTo(&parser);
    return parser.helpText();
}

bool ServerOptions::parse(const QStringList &arguments, ServerOptions *options, QString *error)
{
    QCommandLineParser parser;
    const Options known;
    known.addTo(&parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *error = QStringLiteral("Help requested.");
        return false;
    }
    if (!parser.isSet(known.data) || parser.value(known.data).isEmpty()) {
        *error = QStringLiteral("--data DIR is required.");
        return false;
    }
    options->dataDir = parser.value(known.data);

    qint64 number = 0;
    if (parser.isSet(known.iterations)) {
        if (!positiveNumber(parser.value(known.iterations), 1, &number) || number > 100'000'000) {
            *error = QStringLiteral("--pbkdf2-iterations needs a positive number.");
            return false;
        }
        options->pbkdf2Iterations = static_cast<int>(number);
    }
    if (parser.isSet(known.tokenTtl)) {
        if (!positiveNumber(parser.value(known.tokenTtl), 1, &options->tokenTtlSeconds)) {
            *error = QStringLiteral("--token-ttl needs a positive number of seconds.");
            return false;
        }
    }
    if (parser.isSet(known.maxBody)) {
        if (!positiveNumber(parser.value(known.maxBody), 1, &options->maxBodyBytes)) {
            *error = QStringLiteral("--max-body needs a positive number of bytes.");
            return false;
        }
    }

    if (parser.isSet(known.loginMaxFailures)) {
        if (!positiveNumber(parser.value(known.loginMaxFailures), 1, &number) || number > 1000) {
            *error = QStringLiteral("--login-max-failures needs a number from 1 to 1000.");
            return false;
        }
        options->loginMaxFailures = static_cast<int>(number);
    }
    if (parser.isSet(known.loginWindow)) {
        if (!positiveNumber(parser.value(known.loginWindow), 1, &number) || number > 10080) {
            *error = QStringLiteral("--login-window-minutes needs a number of minutes from 1 to 10080.");
            return false;
        }
        options->loginWindowMinutes = static_cast<int>(number);
    }

    if (parser.isSet(known.lotExpiryMonths)) {
        if (!positiveNumber(parser.value(known.lotExpiryMonths), 1, &number) || number > 1200) {
            *error = QStringLiteral("--lot-expiry-months needs a number of months from 1 to 1200.");
            return false;
        }
        options->lotExpiryMonths = static_cast<int>(number);
    }
    if (parser.isSet(known.approvalThreshold)) {
        if (!positiveNumber(parser.value(known.approvalThreshold), 0, &number) || number > 1'000'000) {
            *error = QStringLiteral("--approval-threshold needs a number of points from 0 to 1000000.");
            return false;
        }
        options->approvalThreshold = number;
    }
    if (parser.isSet(known.expiryHour)) {
        bool ok = false;
        const int hour = parser.value(known.expiryHour).toInt(&ok);
        if (!ok || hour < -1 || hour > 23) {
            *error = QStringLiteral("--expiry-hour needs an hour from 0 to 23, or -1 for no scheduled run.");
            return false;
        }
        options->expiryHour = hour;
    }
    if (parser.isSet(known.tierWarningDays)) {
        if (!positiveNumber(parser.value(known.tierWarningDays), 0, &number) || number > 366) {
            *error = QStringLiteral("--tier-warning-days needs a number of days from 0 to 366.");
            return false;
        }
        options->tierWarningDays = static_cast<int>(number);
    }
    if (parser.isSet(known.tierPeriodMonths)) {
        if (!positiveNumber(parser.value(known.tierPeriodMonths), 1, &number) || number > 120) {
            *error = QStringLiteral("--tier-period-months needs a number of months from 1 to 120.");
            return false;
        }
        options->tierPeriodMonths = static_cast<int>(number);
    }
    if (parser.isSet(known.settleInterval)) {
        if (!positiveNumber(parser.value(known.settleInterval), 0, &number) || number > 1440) {
            *error = QStringLiteral("--settle-interval-minutes needs a number of minutes from 0 to 1440.");
            return false;
        }
        options->settleIntervalMinutes = static_cast<int>(number);
    }
    if (parser.isSet(known.expireBatch)) {
        if (!positiveNumber(parser.value(known.expireBatch), 1, &number) || number > 1'000'000) {
            *error = QStringLiteral("--expire-batch-size needs a number from 1 to 1000000.");
            return false;
        }
        options->expireBatchSize = static_cast<int>(number);
    }
    if (parser.isSet(known.maxBatches)) {
        if (!positiveNumber(parser.value(known.maxBatches), 1, &number) || number > 1'000'000'000) {
            *error = QStringLiteral("--max-batches needs a positive number.");
            return false;
        }
        options->maxBatches = static_cast<int>(number);
    }
    if (parser.isSet(known.now)) {
        options->now = QDateTime::fromString(parser.value(known.now), Qt::ISODateWithMs);
        if (!options->now.isValid()) {
            *error = QStringLiteral("--now needs an ISO 8601 time, e.g. 2027-01-31T00:00:00Z.");
            return false;
        }
        options->now = options->now.toUTC();
    }

    int modes = 0;
    if (parser.isSet(known.listen)) {
        ++modes;
        options->mode = Mode::Serve;
        if (!parseListen(parser.value(known.listen), &options->listenAddress, &options->listenPort)) {
            *error =
                QStringLiteral("--listen needs HOST:PORT with an explicit address, e.g. 127.0.0.1:8080.");
            return false;
        }
    }
    if (parser.isSet(known.createUser)) {
        ++modes;
        options->mode = Mode::CreateUser;
        options->username = parser.value(known.createUser);
        if (!parser.isSet(known.role)) {
            *error = QStringLiteral("--create-user needs --role ROLE.");
            return false;
        }
        options->role = parser.value(known.role);
    }
    if (parser.isSet(known.createAdmin)) {
        ++modes;
        options->mode = Mode::CreateUser;
        options->username = parser.value(known.createAdmin);
        options->role = QStringLiteral("admin");
    }
    options->demoColleague = parser.isSet(known.demoColleague);
    if (parser.isSet(known.seedDemo)) {
        ++modes;
        options->mode = Mode::SeedDemo;
        if (!positiveNumber(parser.value(known.seedDemo), 0, &number) || number > 100'000'000) {
            *error = QStringLiteral("--seed-demo needs a number of members.");
            return false;
        }
        options->seedMembers = static_cast<int>(number);
    }
    if (parser.isSet(known.expireLots)) {
        ++modes;
        options->mode = Mode::ExpireLots;
    }
    if (parser.isSet(known.tierPeriodEnd)) {
        ++modes;
        options->mode = Mode::TierPeriodEnd;
    }
    if (parser.isSet(known.verify)) {
        ++modes;
        options->mode = Mode::Verify;
    }
    if (modes > 1) {
        *error = QStringLiteral("Choose one of --listen, --create-user, --create-admin, --seed-demo, "
                                "--expire-lots, --tier-period-end and --verify.");
        return false;
    }
    if ((parser.isSet(known.expireBatch) || parser.isSet(known.maxBatches)) &&
        options->mode != Mode::ExpireLots) {
        *error = QStringLiteral("--expire-batch-size and --max-batches belong to --expire-lots.");
        return false;
    }
    if (parser.isSet(known.now) && options->mode != Mode::ExpireLots &&
        options->mode != Mode::TierPeriodEnd) {
        *error = QStringLiteral("--now belongs to --expire-lots and --tier-period-end.");
        return false;
    }
    if (parser.isSet(known.role) && options->mode != Mode::CreateUser) {
        *error = QStringLiteral("--role belongs to --create-user.");
        return false;
    }
    return true;
}

} // namespace loyalty::server
