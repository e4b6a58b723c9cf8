#pragma once

#include "cache/CacheDatabase.h"
#include "cache/MemberCache.h"
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "client/ConsoleSettings.h"
#include "client/SessionManager.h"
#include "client/TokenStore.h"
#include "models/MemberRepository.h"
#include "ui/LanguageSwitcher.h"

#include <memory>

namespace loyalty {

// Everything a console window works with, wired once: app/ builds one for the real console, GUI tests
// build one over a temporary settings file and a real server.
class ConsoleServices
{
public:
    ConsoleServices(std::unique_ptr<ConsoleSettings> settings, std::unique_ptr<TokenStore> tokenStore);
    ~ConsoleServices();

    // Opens the cache in the settings' cache directory; offline review needs it, the console runs without.
    bool openCache(QString *errorText = nullptr);

    ConsoleSettings &settings() { return *m_settings; }
    ApiClient &client() { return m_client; }
    TokenStore &tokenStore() { return *m_tokenStore; }
    SessionManager &session() { return m_session; }
    ConnectionMonitor &connection() { return m_connection; }
    LanguageSwitcher &language() { return m_language; }
    CacheDatabase *cacheDatabase() { return m_cacheDatabase.get(); }
    MemberCache *memberCache() { return m_memberCache.get(); }
    MemberRepository &members() { return m_members; }

private:
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<TokenStore> m_tokenStore;
    ApiClient m_client;
    SessionManager m_session;
    ConnectionMonitor m_connection;
    LanguageSwitcher m_language;
    std::unique_ptr<CacheDatabase> m_cacheDatabase;
    std::unique_ptr<MemberCache> m_memberCache;
    MemberRepository m_members;
};

} // namespace loyalty
