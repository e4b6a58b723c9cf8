#pragma once

namespace loyalty::server {

struct ServerOptions;

// The modes of the loyalty-server program; each returns the process exit code.
class ServerCommands
{
public:
    // Database ready: data directory created, schema migrated.
    static bool prepare(const ServerOptions &options);
    static int createUser(const ServerOptions &options);
    static int seedDemo(const ServerOptions &options);
    static int serve(const ServerOptions &options);
    static int expireLots(const ServerOptions &options);
    static int tierPeriodEnd(const ServerOptions &options);
    static int verify(const ServerOptions &options);
};

} // namespace loyalty::server
