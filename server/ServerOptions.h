#pragma once

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
        SeedDemo
    };

    Mode mode = Mode::Migrate;
    QString dataDir;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString username; // --create-user / --create-admin
    QString role;
    int seedMembers = 0;
    int pbkdf2Iterations = 600000;
    qint64 tokenTtlSeconds = 43200;
    qint64 maxBodyBytes = 1048576;
    int loginMaxFailures = 5;    // failed sign-ins per user name or address before a lockout
    int loginWindowMinutes = 15; // within this sliding window

    QString databasePath() const;

    // Returns false with a reason for people (usage errors end the program with exit code 2).
    static bool parse(const QStringList &arguments, ServerOptions *options, QString *error);
    static QString usage();
};

} // namespace loyalty::server
