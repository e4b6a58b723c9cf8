// loyalty-console: wires the libraries together; no logic of its own lives here.
#include "client/KeychainTokenStore.h"
#include "client/LocalServerLauncher.h"
#include "ui/ConsoleServices.h"
#include "ui/ConsoleShell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace loyalty;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoyaltyConsole"));
    QApplication::setApplicationName(QStringLiteral("loyalty-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Loyalty Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Back office for the membership and points-mall programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start a local server over a demo database and sign in to it."));
    const QCommandLineOption demoMembers(QStringLiteral("demo-members"),
                                         QStringLiteral("How many members the demo database holds."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption server(
        QStringLiteral("server"), QStringLiteral("The server address to sign in to."), QStringLiteral("URL"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
                                          QStringLiteral("Keep settings in this file instead of the user's."),
                                          QStringLiteral("FILE"));
    parser.addOptions({demo, demoMembers, server, settingsFile});
    parser.process(app);

    const bool demoMode = parser.isSet(demo);
    std::unique_ptr<ConsoleSettings> settings;
    if (parser.isSet(settingsFile)) {
        settings = std::make_unique<ConsoleSettings>(parser.value(settingsFile));
    } else if (demoMode) {
        // The demo keeps its own settings and cache, so it never disturbs a real installation's.
        const QString demoDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                    .filePath(QStringLiteral("demo"));
        QDir().mkpath(demoDir);
        settings = std::make_unique<ConsoleSettings>(QDir(demoDir).filePath(QStringLiteral("settings.ini")));
        settings->setCacheDirectory(demoDir);
    } else {
        settings = std::make_unique<ConsoleSettings>();
    }
    if (parser.isSet(server))
        settings->setServerUrl(QUrl::fromUserInput(parser.value(server)));

    ConsoleServices services(std::move(settings), std::make_unique<KeychainTokenStore>());
    services.language().apply(services.settings().language());
    QString cacheError;
    if (!services.openCache(&cacheError))
        qWarning("The local cache could not be opened (%s); offline review is unavailable.",
                 qPrintable(cacheError));

    ConsoleShell shell(services);
    QObject::connect(&shell, &ConsoleShell::quitRequested, &app, &QApplication::quit);

    LocalServerLauncher launcher;
    if (demoMode) {
        auto *progress = new QProgressDialog(QObject::tr("Preparing the demo…"), QObject::tr("Cancel"), 0, 0);
        progress->setWindowTitle(QObject::tr("Loyalty Console demo"));
        progress->setMinimumDuration(0);
        progress->show();
        launcher.setMemberCount(parser.value(demoMembers).toInt());
        QObject::connect(&launcher, &LocalServerLauncher::progress, progress, &QProgressDialog::setLabelText);
        QObject::connect(progress, &QProgressDialog::canceled, &app, &QApplication::quit);
        QObject::connect(&launcher, &LocalServerLauncher::failed, &app, [&, progress](const QString &error) {
            progress->hide();
            QMessageBox::critical(nullptr, QObject::tr("Loyalty Console demo"), error);
            app.exit(1);
        });
        QObject::connect(&launcher, &LocalServerLauncher::ready, &app, [&, progress] {
            progress->setLabelText(QObject::tr("Signing in…"));
            services.settings().setServerUrl(launcher.serverUrl());
            services.settings().setLastUsername(launcher.username());
            services.session().signIn(launcher.serverUrl(), launcher.username(), launcher.password(), false);
        });
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            QObject::connect(&services.session(), &SessionManager::signedIn, &app, [&, progress, connection] {
                QObject::disconnect(*connection);
                progress->deleteLater();
                shell.enterConsole();
            });
        QObject::connect(
            &services.session(), &SessionManager::signInFailed, &app, [&](const ApiError &error) {
                QMessageBox::critical(nullptr, QObject::tr("Loyalty Console demo"), error.message);
                app.exit(1);
            });
        launcher.start();
    } else if (services.settings().rememberMe() && !services.settings().lastUsername().isEmpty()) {
        auto resumed = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        *resumed =
            QObject::connect(&services.session(), &SessionManager::signedIn, &app, [&, resumed, failed] {
                QObject::disconnect(*resumed);
                QObject::disconnect(*failed);
                shell.enterConsole();
            });
        *failed = QObject::connect(&services.session(), &SessionManager::resumeFailed, &app,
                                   [&, resumed, failed](const QString &) {
                                       QObject::disconnect(*resumed);
                                       QObject::disconnect(*failed);
                                       if (shell.askToSignIn())
                                           shell.enterConsole();
                                       else
                                           app.quit();
                                   });
        services.session().resume(services.settings().serverUrl(), services.settings().lastUsername());
    } else {
        if (!shell.askToSignIn())
            return 0;
        shell.enterConsole();
    }
    return app.exec();
}
