#include "support/TestServer.h"

#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace loyalty::test {

namespace {
// Tests create many users; a low iteration count keeps them fast. Production uses the default.
const QStringList kFastHashing{QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")};
} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

QString TestServer::binary()
{
    return qEnvironmentVariable("LOYALTY_SERVER_BIN", QStringLiteral("loyalty-server"));
}

QString TestServer::databasePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("loyalty.sqlite"));
}

bool TestServer::run(const QStringList &arguments, const QByteArray &stdinData, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary(), QStringList{QStringLiteral("--data"), m_dir.path()} + arguments);
    if (!process.waitForStarted(10000)) {
        qWarning() << "cannot start" << binary() << process.errorString();
        return false;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(600000);
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "loyalty-server" << arguments.join(QLatin1Char(' ')) << "failed:" << text;
        return false;
    }
    return true;
}

bool TestServer::createUser(const QString &username, const QString &role)
{
    return run(QStringList{QStringLiteral("--create-user"), username, QStringLiteral("--role"), role} +
                   kFastHashing,
               QByteArray(kPassword) + '\n');
}

bool TestServer::seedDemo(int members)
{
    return run({QStringLiteral("--seed-demo"), QString::number(members)});
}

bool TestServer::start(const QStringList &extraArguments)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(binary(), QStringList{QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")} +
                                   extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    // The server announces its address as one line: "listening on http://127.0.0.1:PORT".
    static const QRegularExpression announce(QStringLiteral("listening on (http://\\S+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (timer.elapsed() < 20000) {
        if (!m_process->waitForReadyRead(500) && m_process->state() != QProcess::Running)
            break;
        seen += m_process->readAllStandardOutput();
        const auto match = announce.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    qWarning() << "loyalty-server did not announce its address:" << seen;
    stop();
    return false;
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool TestServer::restart(const QStringList &extraArguments)
{
    stop();
    return start(extraArguments);
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace loyalty::test
