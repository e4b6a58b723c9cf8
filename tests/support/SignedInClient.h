#pragma once

#include <QByteArray>
#include <QUrl>

namespace loyalty {
class ApiClient;
}

namespace loyalty::test {

// Signs an ApiClient in through the real login route (the console's own LoginJob); false on failure.
bool signInClient(ApiClient &client, const QUrl &server, const QString &username);

} // namespace loyalty::test
