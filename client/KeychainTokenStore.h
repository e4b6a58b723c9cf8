#pragma once

#include "client/TokenStore.h"

namespace loyalty {

// The OS keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, Secret Service
// (gnome-keyring, KWallet) on Linux.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(const QString &service = QStringLiteral("LoyaltyConsole"),
                                QObject *parent = nullptr);

    void save(const QString &account, const QByteArray &token) override;
    void load(const QString &account) override;
    void remove(const QString &account) override;
    bool persists() const override { return true; }

private:
    QString m_service;
};

} // namespace loyalty
