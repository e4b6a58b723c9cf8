#pragma once

#include <QString>

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

} // namespace loyalty
