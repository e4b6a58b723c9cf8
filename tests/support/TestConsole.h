#pragma once

#include "support/TestServer.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace loyalty {
class ConsoleServices;
}

namespace loyalty::test {

// A console's services for a GUI test: settings and cache under `directory`, named `name` (so several
// consoles can sign in side by side), English, tokens kept in memory.
std::unique_ptr<ConsoleServices> makeConsoleServices(const QString &directory, const QString &name);

// Signs the services in through their session, as the login dialog does; false when that did not happen.
bool signInConsole(ConsoleServices &services, const QUrl &server, const QString &username,
                   const QString &password = QString::fromLatin1(TestServer::kPassword));

} // namespace loyalty::test
