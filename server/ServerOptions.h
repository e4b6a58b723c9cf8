#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace loyalty::server {

// The command line. Exactly one mode runs per invocation; --data is always required.
struct ServerOptions
{
    enum class Mode
    {
        Migrate,
        Serve,
        CreateUser,
        SeedDemo,
        ExpireLots,
        TierPeriodEnd,
        Verify
    };

    Mode mode = Mode::Migrate;
    QString dataDir;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString username; // --create-user / --create-admin
    QString role;
    int seedMembers = 0;
    bool demoColleague = false; // --demo-colleague with --seed-demo
    int pbkdf2Iterations = 600000;
    qint64 tokenTtlSeconds = 43200;
    qint64 maxBodyBytes = 1048576;
    int loginMaxFailures = 5;        // failed sign-ins per user name or address before a lockout
    int loginWindowMinutes = 15;     // within this sliding window
    int lotExpiryMonths = 12;        // rolling expiry of each lot, from the posting that added it
    QDateTime now;                   // --expire-lots, --tier-period-end: the run's clock (default: now)
    int expireBatchSize = 20000;     // lots per transaction
    int maxBatches = 0;              // stop after N batches (0: run to the end)
    qint64 approvalThreshold = 5000; // adjustments above this wait for a second person
    int expiryHour = 3;              // local hour of the daily expiry job; -1: none
    int settleIntervalMinutes = 15;  // pending points: how often due ones post; 0: never
    int tierWarningDays = 30;        // at-risk flag this many days before a tier period ends
    int tierPeriodMonths = 12;       // length of a tier period

    QString databasePath() const;

    // Returns false with a reason for people (usage errors end the program with exit code 2).
    static bool parse(const QStringList &arguments, ServerOptions *options, QString *error);
    static QString usage();
};

} // namespace loyalty::server
