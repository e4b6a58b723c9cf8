#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace loyalty::test {

// A real loyalty-server process over a fresh SQLite database on a free loopback port.
// The binary comes from $LOYALTY_SERVER_BIN (set by loyalty_add_test).
class TestServer
{
public:
    static constexpr auto kPassword = "Correct-Horse-9"; // every user createUser() makes gets it

    TestServer();
    ~TestServer();

    // Runs a one-shot command of the server over this data directory (e.g. --seed-demo 100).
    bool run(const QStringList &arguments, const QByteArray &stdinData = {}, QString *output = nullptr);
    bool createUser(const QString &username, const QString &role);
    bool seedDemo(int members);

    // Starts serving; extra arguments are added to the command line (e.g. --token-ttl 1).
    bool start(const QStringList &extraArguments = {});
    void stop();
    // Keeps the data, and starts again on a new port.
    bool restart(const QStringList &extraArguments = {});

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const;
    static QString binary();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
};

} // namespace loyalty::test
