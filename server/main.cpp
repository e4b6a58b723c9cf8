#include "server/Database.h"
#include "server/ServerCommands.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>

#include <cstdio>

using namespace loyalty::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOYALTY_SERVER_VERSION));

    ServerOptions options;
    QString error;
    if (!ServerOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "loyalty-server: %s\n\n%s", error.toLocal8Bit().constData(),
                     ServerOptions::usage().toLocal8Bit().constData());
        return 2;
    }
    if (!ServerCommands::prepare(options))
        return 1;

    int exitCode = 0;
    switch (options.mode) {
    case ServerOptions::Mode::Migrate:
        break;
    case ServerOptions::Mode::Serve:
        exitCode = ServerCommands::serve(options);
        break;
    case ServerOptions::Mode::CreateUser:
        exitCode = ServerCommands::createUser(options);
        break;
    case ServerOptions::Mode::SeedDemo:
        exitCode = ServerCommands::seedDemo(options);
        break;
    case ServerOptions::Mode::ExpireLots:
        exitCode = ServerCommands::expireLots(options);
        break;
    case ServerOptions::Mode::TierPeriodEnd:
        exitCode = ServerCommands::tierPeriodEnd(options);
        break;
    case ServerOptions::Mode::Verify:
        exitCode = ServerCommands::verify(options);
        break;
    }
    Database::closeThisThread();
    return exitCode;
}
