#pragma once

#include <QString>

namespace loyalty {

// "13812345678" -> "138****5678"; personal data is masked unless a permitted role reveals it.
QString maskPhone(const QString &phone);

} // namespace loyalty
