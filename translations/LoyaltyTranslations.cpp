#include "translations/LoyaltyTranslations.h"

namespace loyalty {

QString LoyaltyTranslations::catalogPath(const QString &locale)
{
    return QStringLiteral(":/i18n/loyalty_%1.qm").arg(locale);
}

QString LoyaltyTranslations::bestLocale(const QString &requested)
{
    const QString first = requested.section(QLatin1Char(','), 0, 0).section(QLatin1Char(';'), 0, 0).trimmed();
    QString normalized = first;
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (normalized.startsWith(QLatin1String("zh_TW"), Qt::CaseInsensitive) ||
        normalized.startsWith(QLatin1String("zh_HK"), Qt::CaseInsensitive) ||
        normalized.startsWith(QLatin1String("zh_Hant"), Qt::CaseInsensitive))
        return QStringLiteral("zh_TW");
    if (normalized.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    return QStringLiteral("zh_CN"); // most users read Simplified Chinese
}

} // namespace loyalty
