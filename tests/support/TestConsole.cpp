#include "support/TestConsole.h"

#include "client/MemoryTokenStore.h"
#include "ui/ConsoleServices.h"

#include <QDir>
#include <QSignalSpy>

namespace loyalty::test {

std::unique_ptr<ConsoleServices> makeConsoleServices(const QString &directory, const QString &name)
{
    auto settings =
        std::make_unique<ConsoleSettings>(QDir(directory).filePath(name + QStringLiteral(".ini")));
    settings->setLanguage(QStringLiteral("en"));
    settings->setCacheDirectory(QDir(directory).filePath(name));
    auto services =
        std::make_unique<ConsoleServices>(std::move(settings), std::make_unique<MemoryTokenStore>());
    services->openCache();
    return services;
}

bool signInConsole(ConsoleServices &services, const QUrl &server, const QString &username,
                   const QString &password)
{
    QSignalSpy signedIn(&services.session(), &SessionManager::signedIn);
    services.session().signIn(server, username, password, false);
    return signedIn.wait(10000);
}

} // namespace loyalty::test
