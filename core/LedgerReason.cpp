#include "core/LedgerReason.h"

#include "core/AdjustmentReason.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
struct ReasonText
{
    const char *code;
    const char *label;
};
constexpr ReasonText kSystemReasons[] = {
    {"order", QT_TRANSLATE_NOOP("LedgerReason", "Order")},
    {"welcome", QT_TRANSLATE_NOOP("LedgerReason", "Welcome gift")},
    {"redemption", QT_TRANSLATE_NOOP("LedgerReason", "Mall redemption")},
    {"blacklist", QT_TRANSLATE_NOOP("LedgerReason", "Forfeited on blacklisting")},
    {"expiry", QT_TRANSLATE_NOOP("LedgerReason", "Lot expired")},
};
} // namespace

QString LedgerReason::label(const QString &code)
{
    for (const ReasonText &reason : kSystemReasons) {
        if (code == QLatin1String(reason.code))
            return QCoreApplication::translate("LedgerReason", reason.label);
    }
    return AdjustmentReason::label(code); // its own codes, or the code itself
}

} // namespace loyalty
