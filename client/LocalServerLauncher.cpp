#include "client/LocalServerLauncher.h"

#include "client/ClientLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace loyalty {

LocalServerLauncher::LocalServerLauncher(QObject *parent) : QObject(parent) {}

LocalServerLauncher::~LocalServerLauncher()
{
    stop();
}

QString LocalServerLauncher::serverBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("LOYALTY_SERVER_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir here(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("loyalty-server.exe");
#else
    const QString name = QStringLiteral("loyalty-server");
#endif
    for (const QString &candidate :
         {here.filePath(name), here.filePath(QStringLiteral("../server/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return name; // let PATH decide
}

void LocalServerLauncher::start()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    if (!m_dataDir->isValid()) {
        Q_EMIT failed(tr("Cannot create a folder for the demo database: %1").arg(m_dataDir->errorString()));
        return;
    }
    // A throwaway password: the demo server exists for this run only and listens on loopback.
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36) +
                 QString::number(QRandomGenerator::system()->generate64(), 36);
    Q_EMIT progress(tr("Creating %Ln demo members…", nullptr, m_members));
    runStep({QStringLiteral("--seed-demo"), QString::number(m_members), QStringLiteral("--demo-colleague")},
            {}, [this] {
                Q_EMIT progress(tr("Creating the demo administrator…"));
                runStep({QStringLiteral("--create-admin"), username(), QStringLiteral("--pbkdf2-iterations"),
                         QStringLiteral("10000")},
                        m_password.toUtf8() + '\n', [this] { startServing(); });
            });
}

void LocalServerLauncher::runStep(const QStringList &arguments, const QByteArray &input,
                                  std::function<void()> next)
{
    m_step = std::make_unique<QProcess>();
    m_step->setProcessChannelMode(QProcess::MergedChannels);
    QProcess *process = m_step.get();
    connect(process, &QProcess::finished, this,
            [this, process, next](int exitCode, QProcess::ExitStatus status) {
                if (status != QProcess::NormalExit || exitCode != 0) {
                    const QString output = QString::fromLocal8Bit(process->readAll()).trimmed();
                    Q_EMIT failed(tr("The demo server could not be prepared: %1").arg(output.right(400)));
                    return;
                }
                next();
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("Cannot start %1: %2").arg(serverBinary(), process->errorString()));
    });
    process->start(serverBinary(), QStringList{QStringLiteral("--data"), m_dataDir->path()} + arguments);
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
}

void LocalServerLauncher::startServing()
{
    Q_EMIT progress(tr("Starting the demo server…"));
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcess *server = m_server.get();
    connect(server, &QProcess::readyReadStandardOutput, this, [this, server] {
        static const QRegularExpression announce(QStringLiteral("listening on (http://\\S+)"));
        const auto match = announce.match(QString::fromUtf8(server->readAllStandardOutput()));
        if (match.hasMatch() && m_url.isEmpty()) {
            m_url = QUrl(match.captured(1));
            qCInfo(lcClient) << "demo server at" << m_url.toDisplayString();
            Q_EMIT ready();
        }
    });
    connect(server, &QProcess::finished, this, [this] {
        if (m_url.isEmpty())
            Q_EMIT failed(tr("The demo server stopped before it was ready."));
    });
    server->start(serverBinary(), {QStringLiteral("--data"), m_dataDir->path(), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")});
}

void LocalServerLauncher::stop()
{
    for (QProcess *process : {m_step.get(), m_server.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->disconnect(this);
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
        }
    }
}

} // namespace loyalty
