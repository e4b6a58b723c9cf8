#pragma once

#include "core/ApiError.h"
#include "core/UserInfo.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace loyalty {

class ApiClient;
class TokenStore;

// Signing in and out. With "remember me" the token (never the password) goes to the OS keychain; where
// no keychain answers, it falls back to memory and says so.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(ApiClient *client, TokenStore *keychain, QObject *parent = nullptr);

    void signIn(const QUrl &server, const QString &username, const QString &password, bool remember);
    // Tries the token remembered for this account; emits signedIn or resumeFailed.
    void resume(const QUrl &server, const QString &username);
    void signOut();

    bool isSignedIn() const { return !m_user.username.isEmpty(); }
    UserInfo user() const { return m_user; }
    QUrl server() const { return m_server; }
    // False when the keychain refused the token and it lives only in memory.
    bool tokenPersisted() const { return m_tokenPersisted; }

    static QString accountKey(const QUrl &server, const QString &username);

Q_SIGNALS:
    void signedIn(const loyalty::UserInfo &user);
    void signInFailed(const loyalty::ApiError &error);
    void resumeFailed(const QString &reason);
    void signedOut();
    // The keychain did not take the token: shown to the user, the session carries on in memory.
    void keychainUnavailable(const QString &problem);

private:
    void useSession(const QByteArray &token, const UserInfo &user);

    QPointer<ApiClient> m_client;
    TokenStore *m_keychain;
    QUrl m_server;
    UserInfo m_user;
    QString m_account;
    bool m_tokenPersisted = false;
};

} // namespace loyalty
