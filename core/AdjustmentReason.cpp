#include "core/AdjustmentReason.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
struct ReasonText
{
    const char *code;
    const char *label;
};
constexpr ReasonText kReasons[] = {
    {"goodwill", QT_TRANSLATE_NOOP("AdjustmentReason", "Goodwill for a complaint")},
    {"correction", QT_TRANSLATE_NOOP("AdjustmentReason", "Correction of a wrong posting")},
    {"campaign", QT_TRANSLATE_NOOP("AdjustmentReason", "Campaign reward not received")},
    {"violation", QT_TRANSLATE_NOOP("AdjustmentReason", "Deduction for a rule violation")},
    {"other", QT_TRANSLATE_NOOP("AdjustmentReason", "Other (explain in the note)")},
};
} // namespace

QStringList AdjustmentReason::codes()
{
    QStringList list;
    for (const ReasonText &reason : kReasons)
        list.append(QString::fromLatin1(reason.code));
    return list;
}

bool AdjustmentReason::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString AdjustmentReason::label(const QString &code)
{
    for (const ReasonText &reason : kReasons) {
        if (code == QLatin1String(reason.code))
            return QCoreApplication::translate("AdjustmentReason", reason.label);
    }
    return code;
}

} // namespace loyalty
