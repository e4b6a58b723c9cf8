#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace loyalty {

// Reads a list answer {items: [...], nextCursor: "..." | null}; false when the shape is wrong.
bool readPageAnswer(const QJsonDocument &document, QJsonArray *items, QString *nextCursor);

} // namespace loyalty
