#include "cache/CacheLogging.h"

namespace loyalty {

Q_LOGGING_CATEGORY(lcCache, "loyalty.cache")

} // namespace loyalty
