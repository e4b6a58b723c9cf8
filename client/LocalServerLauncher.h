#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace loyalty {

// `loyalty-console --demo`: starts a loyalty-server beside the console over a fresh demo database on
// a free loopback port, with a demo administrator whose password is made up for this run only.
class LocalServerLauncher : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerLauncher(QObject *parent = nullptr);
    ~LocalServerLauncher() override;

    void setMemberCount(int members) { m_members = members; }
    // Finds loyalty-server: $LOYALTY_SERVER_BIN, next to the console, or in the build tree's server/.
    static QString serverBinary();

    void start();
    void stop();

    QUrl serverUrl() const { return m_url; }
    QString username() const { return QStringLiteral("demo"); }
    QString password() const { return m_password; }

Q_SIGNALS:
    void progress(const QString &text);
    void ready();
    void failed(const QString &errorText);

private:
    void runStep(const QStringList &arguments, const QByteArray &input, std::function<void()> next);
    void startServing();

    int m_members = 20000;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QProcess> m_step;
    std::unique_ptr<QProcess> m_server;
    QString m_password;
    QUrl m_url;
};

} // namespace loyalty
