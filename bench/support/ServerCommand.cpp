#include "support/ServerCommand.h"

#include "support/BenchOutput.h"
#include "support/DataDirectory.h"
#include "support/ReadOnlyDatabase.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace loyalty::bench {

int runServerCommand(const QString &server, const QStringList &arguments,
                     QProcess::ProcessChannelMode channels, const QByteArray &input, QByteArray *output,
                     bool echoErrors)
{
    QProcess process;
    process.setProcessChannelMode(channels);
    process.start(server, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (output)
        *output = process.readAllStandardOutput();
    if (echoErrors) {
        const QByteArray errors = process.readAllStandardError();
        if (!errors.isEmpty())
            std::fprintf(stderr, "%s", errors.constData());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool createBenchUser(const QString &server, const QString &dataDir, const QString &username,
                     const QString &role, QProcess::ProcessChannelMode channels)
{
    return runServerCommand(server,
                            {QStringLiteral("--data"), dataDir, QStringLiteral("--create-user"), username,
                             QStringLiteral("--role"), role, QStringLiteral("--pbkdf2-iterations"),
                             QStringLiteral("1000")},
                            channels, kBenchPassword + '\n') == 0;
}

bool topUpDemoMembers(const QString &server, const QString &dataDir, qint64 members,
                      QProcess::ProcessChannelMode channels)
{
    const QString path = databasePath(dataDir);
    qint64 existing = 0;
    if (QFile::exists(path))
        existing = ReadOnlyDatabase(path).value(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM members"));
    if (existing >= members) {
        say(QStringLiteral("using %1 existing members in %2").arg(existing).arg(dataDir));
        return true;
    }
    say(QStringLiteral("seeding %1 members into %2 ...").arg(members - existing).arg(dataDir));
    QElapsedTimer seeding;
    seeding.start();
    if (runServerCommand(server,
                         {QStringLiteral("--data"), dataDir, QStringLiteral("--seed-demo"),
                          QString::number(members - existing)},
                         channels) != 0) {
        say(QStringLiteral("seeding failed"));
        return false;
    }
    say(QStringLiteral("seeded in %1 s").arg(seeding.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

} // namespace loyalty::bench
