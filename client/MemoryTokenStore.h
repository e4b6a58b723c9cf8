#pragma once

#include "client/TokenStore.h"

#include <QHash>

namespace loyalty {

// The fallback where no keychain answers: the token lives only as long as the console runs.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void save(const QString &account, const QByteArray &token) override;
    void load(const QString &account) override;
    void remove(const QString &account) override;
    bool persists() const override { return false; }

private:
    QHash<QString, QByteArray> m_tokens;
};

} // namespace loyalty
