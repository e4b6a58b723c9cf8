#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace loyalty {

class ConsoleServices;

// Server address, language (applied at once, no restart), the cache's place and size, clearing it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ConsoleServices &services, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QPushButton *clearCacheButton() const { return m_clearCache; }
    void clearCache();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCacheSize();
    void saveAndClose();

    ConsoleServices &m_services;
    QLineEdit *m_server;
    QComboBox *m_language;
    QLabel *m_cachePath;
    QLabel *m_cacheSize;
    QPushButton *m_clearCache;
    QLabel *m_serverLabel;
    QLabel *m_languageLabel;
    QLabel *m_cacheLabel;
    QLabel *m_error;
};

} // namespace loyalty
