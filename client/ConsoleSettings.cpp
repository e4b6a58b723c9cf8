#include "client/ConsoleSettings.h"

#include <QStandardPaths>

namespace loyalty {

namespace {
const QString kServerUrl = QStringLiteral("connection/serverUrl");
const QString kLastUsername = QStringLiteral("connection/lastUsername");
const QString kRememberMe = QStringLiteral("connection/rememberMe");
const QString kRequestTimeout = QStringLiteral("connection/requestTimeoutMs");
const QString kLanguage = QStringLiteral("ui/language");
const QString kSearchDebounce = QStringLiteral("ui/searchDebounceMs");
const QString kPageSize = QStringLiteral("ui/pageSize");
const QString kApprovalRefresh = QStringLiteral("ui/approvalRefreshSeconds");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kState = QStringLiteral("ui/windowState");
const QString kCacheDirectory = QStringLiteral("cache/directory");
} // namespace

ConsoleSettings::ConsoleSettings() : m_settings(std::make_unique<QSettings>()) {}

ConsoleSettings::ConsoleSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{
}

ConsoleSettings::~ConsoleSettings() = default;

QUrl ConsoleSettings::serverUrl() const
{
    return QUrl(m_settings->value(kServerUrl, QStringLiteral("http://127.0.0.1:8080")).toString());
}

void ConsoleSettings::setServerUrl(const QUrl &url)
{
    m_settings->setValue(kServerUrl, url.toString());
}

QString ConsoleSettings::lastUsername() const
{
    return m_settings->value(kLastUsername).toString();
}

void ConsoleSettings::setLastUsername(const QString &name)
{
    m_settings->setValue(kLastUsername, name);
}

bool ConsoleSettings::rememberMe() const
{
    return m_settings->value(kRememberMe, false).toBool();
}

void ConsoleSettings::setRememberMe(bool remember)
{
    m_settings->setValue(kRememberMe, remember);
}

QString ConsoleSettings::language() const
{
    return m_settings->value(kLanguage, QStringLiteral("zh_CN")).toString();
}

void ConsoleSettings::setLanguage(const QString &locale)
{
    m_settings->setValue(kLanguage, locale);
}

QString ConsoleSettings::cacheDirectory() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return m_settings->value(kCacheDirectory, fallback).toString();
}

void ConsoleSettings::setCacheDirectory(const QString &path)
{
    m_settings->setValue(kCacheDirectory, path);
}

int ConsoleSettings::requestTimeoutMs() const
{
    return m_settings->value(kRequestTimeout, 15000).toInt();
}

int ConsoleSettings::searchDebounceMs() const
{
    return m_settings->value(kSearchDebounce, 250).toInt();
}

int ConsoleSettings::pageSize() const
{
    return qBound(10, m_settings->value(kPageSize, 100).toInt(), 500);
}

int ConsoleSettings::approvalRefreshSeconds() const
{
    return qBound(10, m_settings->value(kApprovalRefresh, 60).toInt(), 3600);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

} // namespace loyalty
