#include "server/Logging.h"

namespace loyalty::server {

Q_LOGGING_CATEGORY(lcServerHttp, "loyalty.server.http")
Q_LOGGING_CATEGORY(lcServerDb, "loyalty.server.db")
Q_LOGGING_CATEGORY(lcServerAuth, "loyalty.server.auth")
Q_LOGGING_CATEGORY(lcServerSeed, "loyalty.server.seed")

} // namespace loyalty::server
