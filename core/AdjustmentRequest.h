#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// A rule a request broke: the field, a stable code, and a sentence (untranslated source text in
// the "Validation" context; text() translates it with whatever translator is installed).
struct Violation
{
    QString field;
    QString code;
    const char *sourceText = "";

    QString text() const;
};

// POST /v1/members/{id}/adjustments: {amount, reason, note}. Validated the same way by the console
// (before sending) and the server (before posting).
struct AdjustmentRequest
{
    qint64 amount = 0;
    QString reason;
    QString note;

    static constexpr qint64 kMaxAbsAmount = 1'000'000;
    static constexpr int kMaxNoteLength = 500;

    std::optional<Violation> validate() const;

    QJsonObject toJson() const;
    // Reads the body; a missing or wrongly typed field comes back as a violation.
    static std::optional<Violation> fromJson(const QJsonObject &object, AdjustmentRequest *request);
};

} // namespace loyalty
