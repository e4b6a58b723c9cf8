#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace loyalty {

// Every console setting, typed, with its default in one place. Tests pass a temporary file.
class ConsoleSettings
{
public:
    ConsoleSettings();                                    // the user's settings
    explicit ConsoleSettings(const QString &iniFilePath); // a file of its own (tests, portable use)
    ~ConsoleSettings();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString lastUsername() const;
    void setLastUsername(const QString &name);
    bool rememberMe() const;
    void setRememberMe(bool remember);
    QString language() const; // "zh_CN" (default), "zh_TW", "en"
    void setLanguage(const QString &locale);
    QString cacheDirectory() const; // default: the app's local data folder
    void setCacheDirectory(const QString &path);
    int requestTimeoutMs() const;
    int searchDebounceMs() const;
    int pageSize() const;
    // How often the navigation asks how many approvals are pending (seconds, 10 to 3600; default 60).
    int approvalRefreshSeconds() const;
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace loyalty
