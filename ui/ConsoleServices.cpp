#include "ui/ConsoleServices.h"

#include <QDir>
#include <QThreadPool>

namespace loyalty {

ConsoleServices::ConsoleServices(std::unique_ptr<ConsoleSettings> settings,
                                 std::unique_ptr<TokenStore> tokenStore)
    : m_settings(std::move(settings)), m_tokenStore(std::move(tokenStore)),
      m_session(&m_client, m_tokenStore.get()), m_connection(&m_client),
      m_members(&m_client, nullptr, &m_connection)
{
    m_client.setTimeout(std::chrono::milliseconds(m_settings->requestTimeoutMs()));
    m_client.setLanguage(m_settings->language());
}

ConsoleServices::~ConsoleServices()
{
    // Cache writes run on the pool; let them finish before the cache goes away.
    QThreadPool::globalInstance()->waitForDone();
}

bool ConsoleServices::openCache(QString *errorText)
{
    const QString directory = m_settings->cacheDirectory();
    QDir().mkpath(directory);
    auto database = std::make_unique<CacheDatabase>(QDir(directory).filePath(QStringLiteral("cache.sqlite")));
    if (!database->open(errorText))
        return false;
    m_cacheDatabase = std::move(database);
    m_memberCache = std::make_unique<MemberCache>(m_cacheDatabase.get());
    m_members.setCache(m_memberCache.get());
    return true;
}

} // namespace loyalty
