#include "support/SignedInClient.h"

#include "client/LoginJob.h"
#include "support/TestServer.h"

#include <QSignalSpy>

namespace loyalty::test {

bool signInClient(ApiClient &client, const QUrl &server, const QString &username)
{
    client.setBaseUrl(server);
    auto *login = new LoginJob(&client, username, QString::fromLatin1(TestServer::kPassword));
    QSignalSpy finished(login, &ApiJob::finished);
    login->start();
    if (!finished.wait(30000) || !login->succeeded())
        return false;
    client.setToken(login->token());
    return true;
}

} // namespace loyalty::test
