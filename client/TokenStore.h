#pragma once

#include <QObject>

namespace loyalty {

// Where a session token is kept between runs. Asynchronous because OS keychains answer later (and may
// ask the user). The password is never stored; only the token.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void save(const QString &account, const QByteArray &token) = 0;
    virtual void load(const QString &account) = 0;
    virtual void remove(const QString &account) = 0;
    // False for the in-memory store: a token kept there is gone when the console closes.
    virtual bool persists() const = 0;

Q_SIGNALS:
    void saved(bool ok, const QString &errorText);
    // An empty token with an empty errorText: nothing stored for that account.
    void loaded(const QByteArray &token, const QString &errorText);
    void removed(bool ok, const QString &errorText);
};

} // namespace loyalty
