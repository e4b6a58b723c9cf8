#include "ui/SettingsDialog.h"

#include "ui/ConsoleServices.h"
#include "ui/Prompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

SettingsDialog::SettingsDialog(ConsoleServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_server(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_cachePath(new QLabel(this)), m_cacheSize(new QLabel(this)), m_clearCache(new QPushButton(this)),
      m_serverLabel(new QLabel(this)), m_languageLabel(new QLabel(this)), m_cacheLabel(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const QString &locale : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")})
        m_language->addItem(LanguageSwitcher::displayName(locale), locale);
    m_language->setCurrentIndex(m_language->findData(services.settings().language()));
    m_server->setText(services.settings().serverUrl().toString());
    m_cachePath->setText(services.settings().cacheDirectory());
    m_cachePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheSize);
    cacheRow->addWidget(m_clearCache);
    cacheRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_cacheLabel, m_cachePath);
    form->addRow(QString(), cacheRow);
    m_serverLabel->setBuddy(m_server);
    m_languageLabel->setBuddy(m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The language applies at once, so people see their choice before they close the dialog.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString locale = m_language->currentData().toString();
        m_services.settings().setLanguage(locale);
        m_services.client().setLanguage(locale);
        m_services.language().apply(locale);
    });
    connect(m_clearCache, &QPushButton::clicked, this, &SettingsDialog::clearCache);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_serverLabel->setText(tr("&Server address:"));
    m_languageLabel->setText(tr("&Language:"));
    m_cacheLabel->setText(tr("Local cache:"));
    m_clearCache->setText(tr("&Clear cache…"));
    updateCacheSize();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::updateCacheSize()
{
    CacheDatabase *cache = m_services.cacheDatabase();
    m_cacheSize->setText(cache ? QLocale().formattedDataSize(cache->sizeBytes()) : tr("not open"));
    m_clearCache->setEnabled(cache != nullptr);
}

void SettingsDialog::clearCache()
{
    CacheDatabase *cache = m_services.cacheDatabase();
    if (!cache)
        return;
    const auto answer =
        Prompt::question(this, tr("Clear the local cache?"),
                         tr("Members and ledgers kept for offline review are deleted from this "
                            "computer. Nothing changes on the server."),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString errorText;
    if (!cache->clear(&errorText)) {
        m_error->setText(tr("The cache could not be cleared: %1").arg(errorText));
        m_error->show();
    }
    updateCacheSize();
}

void SettingsDialog::saveAndClose()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_error->setText(tr("Enter the server address, for example https://loyalty.example.com."));
        m_error->show();
        m_server->setFocus();
        return;
    }
    m_services.settings().setServerUrl(url); // used at the next sign-in
    m_services.settings().sync();
    accept();
}

} // namespace loyalty
