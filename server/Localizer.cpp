#include "server/Localizer.h"

#include "server/Logging.h"
#include "translations/LoyaltyTranslations.h"

namespace loyalty::server {

Localizer::Localizer()
{
    for (const QString &locale : LoyaltyTranslations::locales()) {
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(LoyaltyTranslations::catalogPath(locale)))
            m_translators.insert(locale, translator);
        else
            qCDebug(lcServerHttp) << "no catalogue for" << locale << "- answering in English";
    }
}

QString Localizer::translate(const QString &locale, const char *context, const char *sourceText) const
{
    const auto found = m_translators.constFind(locale);
    if (found != m_translators.constEnd()) {
        const QString translated = found.value()->translate(context, sourceText);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(sourceText);
}

QString Localizer::message(const QString &locale, const ServiceError &error) const
{
    QString text = translate(locale, error.context, error.sourceText);
    for (const QString &argument : error.arguments)
        text = text.arg(argument);
    return text;
}

} // namespace loyalty::server
