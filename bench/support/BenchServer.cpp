#include "support/BenchServer.h"

#include <QRegularExpression>

namespace loyalty::bench {

bool BenchServer::start(const QString &server, const QString &dataDir, const QStringList &extraArguments,
                        int waitMs)
{
    m_base.clear();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(server, QStringList{QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0")} +
                                extraArguments);
    static const QRegularExpression announce(QStringLiteral("listening on (http://\\S+)"));
    QByteArray seen;
    while (m_base.isEmpty() && m_process.waitForReadyRead(waitMs)) {
        seen += m_process.readAllStandardOutput();
        const auto match = announce.match(QString::fromUtf8(seen));
        if (match.hasMatch())
            m_base = QUrl(match.captured(1));
    }
    return !m_base.isEmpty();
}

void BenchServer::stop(int waitMs)
{
    m_process.terminate();
    m_process.waitForFinished(waitMs);
}

void BenchServer::kill()
{
    m_process.kill();
}

} // namespace loyalty::bench
