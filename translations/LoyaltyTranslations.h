#pragma once

#include <QString>
#include <QStringList>

namespace loyalty {

// Where the embedded catalogues live: ":/i18n/loyalty_<locale>.qm".
class LoyaltyTranslations
{
public:
    static QStringList locales()
    {
        return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
    }
    static QString catalogPath(const QString &locale);
    // Maps an Accept-Language header or a locale name to one of locales() ("zh-TW,zh;q=0.9" -> "zh_TW").
    static QString bestLocale(const QString &requested);
};

} // namespace loyalty
