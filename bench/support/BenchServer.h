#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace loyalty::bench {

// The real loyalty-server as a child process, listening on a free local port. Its stderr goes to
// ours; its stdout is read for the "listening on URL" line. A server still running when this goes
// away is killed (QProcess's destructor).
class BenchServer
{
public:
    // Starts `server --data dataDir --listen 127.0.0.1:0 extraArguments` and waits for its address,
    // up to waitMs for each piece of output (a big database takes longer to open). False when the
    // server did not announce one.
    bool start(const QString &server, const QString &dataDir, const QStringList &extraArguments = {},
               int waitMs = 20000);
    // http://127.0.0.1:PORT once started.
    QUrl baseUrl() const { return m_base; }
    // Asks the server to shut down and waits up to waitMs for it.
    void stop(int waitMs = 30000);
    // Ends it at once (nothing it does any more matters).
    void kill();

private:
    QProcess m_process;
    QUrl m_base;
};

} // namespace loyalty::bench
