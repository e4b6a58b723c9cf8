#pragma once

#include <QLoggingCategory>

namespace loyalty {

Q_DECLARE_LOGGING_CATEGORY(lcCache)

} // namespace loyalty
