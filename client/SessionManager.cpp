#include "client/SessionManager.h"

#include "client/ApiClient.h"
#include "client/ClientLogging.h"
#include "client/LoginJob.h"
#include "client/LogoutJob.h"
#include "client/MeJob.h"
#include "client/TokenStore.h"

namespace loyalty {

SessionManager::SessionManager(ApiClient *client, TokenStore *keychain, QObject *parent)
    : QObject(parent), m_client(client), m_keychain(keychain)
{
}

QString SessionManager::accountKey(const QUrl &server, const QString &username)
{
    return username + QLatin1Char('@') + server.adjusted(QUrl::StripTrailingSlash).toString();
}

void SessionManager::signIn(const QUrl &server, const QString &username, const QString &password,
                            bool remember)
{
    m_server = server;
    m_client->setBaseUrl(server);
    m_client->setToken({});
    m_account = accountKey(server, username);
    auto *job = new LoginJob(m_client, username, password, this);
    connect(job, &ApiJob::finished, this, [this, remember](ApiJob *finished) {
        auto *login = static_cast<LoginJob *>(finished);
        if (!login->succeeded()) {
            Q_EMIT signInFailed(login->error());
            return;
        }
        const QByteArray token = login->token();
        const UserInfo user = login->user();
        m_tokenPersisted = false;
        if (!remember) {
            m_keychain->remove(m_account); // an earlier "remember me" is withdrawn
            useSession(token, user);
            return;
        }
        // Wait for the keychain's answer so the dialog can say where the token went.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_keychain, &TokenStore::saved, this,
                              [this, token, user, connection](bool ok, const QString &errorText) {
                                  disconnect(*connection);
                                  m_tokenPersisted = ok;
                                  if (!ok)
                                      Q_EMIT keychainUnavailable(errorText);
                                  useSession(token, user);
                              });
        m_keychain->save(m_account, token);
    });
    job->start();
}

void SessionManager::resume(const QUrl &server, const QString &username)
{
    m_server = server;
    m_client->setBaseUrl(server);
    m_account = accountKey(server, username);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_keychain, &TokenStore::loaded, this,
                          [this, connection](const QByteArray &token, const QString &errorText) {
                              disconnect(*connection);
                              if (token.isEmpty()) {
                                  Q_EMIT resumeFailed(errorText);
                                  return;
                              }
                              m_client->setToken(token);
                              auto *me = new MeJob(m_client, this);
                              connect(me, &ApiJob::finished, this, [this, token](ApiJob *finished) {
                                  auto *meJob = static_cast<MeJob *>(finished);
                                  if (!meJob->succeeded()) {
                                      m_client->setToken({});
                                      if (meJob->httpStatus() == 401)
                                          m_keychain->remove(m_account);
                                      Q_EMIT resumeFailed(meJob->errorText());
                                      return;
                                  }
                                  m_tokenPersisted = true;
                                  useSession(token, meJob->user());
                              });
                              me->start();
                          });
    m_keychain->load(m_account);
}

void SessionManager::useSession(const QByteArray &token, const UserInfo &user)
{
    m_client->setToken(token);
    m_user = user;
    qCInfo(lcClientAuth) << "signed in as" << user.username << roleToString(user.role);
    Q_EMIT signedIn(user);
}

void SessionManager::signOut()
{
    if (!isSignedIn())
        return;
    auto *job = new LogoutJob(m_client, this);
    job->start(); // best effort: the token is forgotten here whatever the server says
    m_keychain->remove(m_account);
    m_client->setToken({});
    m_user = {};
    Q_EMIT signedOut();
}

} // namespace loyalty
