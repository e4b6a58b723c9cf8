#include "ui/LanguageSwitcher.h"

#include "translations/LoyaltyTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace loyalty {

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QString LanguageSwitcher::displayName(const QString &locale)
{
    // Each language is named in itself, so anyone can find their own.
    if (locale == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (locale == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("简体中文");
}

void LanguageSwitcher::removeTranslators()
{
    for (auto *translator : {m_ours.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_ours.reset();
    m_qt.reset();
}

bool LanguageSwitcher::apply(const QString &locale)
{
    removeTranslators();
    m_ours = std::make_unique<QTranslator>();
    const bool loaded = m_ours->load(LoyaltyTranslations::catalogPath(locale));
    if (loaded)
        QCoreApplication::installTranslator(m_ours.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(locale == QLatin1String("en") ? QStringLiteral("en_US") : locale));
    m_current = locale;
    Q_EMIT languageChanged(locale);
    return loaded;
}

} // namespace loyalty
