#pragma once

#include <QDateTime>
#include <QString>

namespace loyalty {

// Times travel as ISO 8601 UTC with milliseconds ("2026-11-23T18:48:00.000Z").
QString toIsoTime(const QDateTime &time);
QDateTime fromIsoTime(const QString &text);

} // namespace loyalty
