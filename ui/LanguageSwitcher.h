#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace loyalty {

// Switches the console's language while it runs: our catalogue and Qt's own (so standard buttons speak
// the same language), and the default QLocale for numbers and dates. Widgets retranslate on LanguageChange.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LanguageSwitcher() override;

    // "zh_CN", "zh_TW" or "en"; returns false when our catalogue for it could not be loaded.
    bool apply(const QString &locale);
    QString current() const { return m_current; }
    static QString displayName(const QString &locale);

Q_SIGNALS:
    void languageChanged(const QString &locale);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace loyalty
