#pragma once

#include "core/Violation.h"

#include <QJsonObject>

#include <optional>

namespace loyalty {

// Every manual change to a ledger (an adjustment, a reversal) carries a reason from the known list and
// a note; they are read and checked the same way wherever they arrive.
std::optional<Violation> readReasonAndNote(const QJsonObject &object, QString *reason, QString *note);
std::optional<Violation> checkReasonAndNote(const QString &reason, const QString &note);

inline constexpr int kMaxNoteLength = 500;

} // namespace loyalty
