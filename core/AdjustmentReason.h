#pragma once

#include <QString>
#include <QStringList>

namespace loyalty {

// The reasons a support agent picks from when adjusting points. The code travels; the label is shown.
class AdjustmentReason
{
public:
    static QStringList codes(); // "goodwill", "correction", "campaign", "violation", "other"
    static bool isKnown(const QString &code);
    static QString label(const QString &code); // translated for the current UI language
    static bool needsNote(const QString &code) { return code == QLatin1String("other"); }
};

} // namespace loyalty
