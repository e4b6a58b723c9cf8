#include "client/MemoryTokenStore.h"

#include <QTimer>

namespace loyalty {

// Answers arrive on the next turn of the event loop, as they do from a real keychain.
void MemoryTokenStore::save(const QString &account, const QByteArray &token)
{
    m_tokens.insert(account, token);
    QTimer::singleShot(0, this, [this] { Q_EMIT saved(true, {}); });
}

void MemoryTokenStore::load(const QString &account)
{
    const QByteArray token = m_tokens.value(account);
    QTimer::singleShot(0, this, [this, token] { Q_EMIT loaded(token, {}); });
}

void MemoryTokenStore::remove(const QString &account)
{
    m_tokens.remove(account);
    QTimer::singleShot(0, this, [this] { Q_EMIT removed(true, {}); });
}

} // namespace loyalty
