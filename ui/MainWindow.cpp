#include "ui/MainWindow.h"

#include "ui/ConsoleServices.h"
#include "ui/MembersPane.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace loyalty {

MainWindow::MainWindow(ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_members(new MembersPane(services, this)),
      m_connectionLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_refresh(new QAction(this)),
      m_find(new QAction(this)), m_settings(new QAction(this)), m_signOut(new QAction(this)),
      m_quit(new QAction(this)), m_fileMenu(menuBar()->addMenu(QString())),
      m_viewMenu(menuBar()->addMenu(QString()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->addItem(QString()); // Members: the only pane built so far
    m_stack->addWidget(m_members);
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    m_refresh->setShortcut(QKeySequence::Refresh);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::ApplicationShortcut);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_quit->setShortcut(QKeySequence::Quit);
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_find);
    addAction(m_find);
    addAction(m_refresh);

    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_find, &QAction::triggered, this, [this] {
        m_navigation->setCurrentRow(0);
        m_members->focusSearch();
    });
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(&services.connection(), &ConnectionMonitor::onlineChanged, this, [this](bool online) {
        m_members->setOnline(online);
        updateConnectionLabel();
        if (online)
            m_members->refresh(); // back online: show the server's rows again
    });
    connect(&services.client(), &ApiClient::sessionEnded, this, &MainWindow::signInRequired);

    if (!restoreGeometry(services.settings().windowGeometry()))
        resize(1180, 760);
    restoreState(services.settings().windowState());
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Loyalty Console"));
    m_navigation->item(0)->setText(tr("Members"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_find->setText(tr("&Find member"));
    m_settings->setText(tr("&Settings…"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    updateConnectionLabel();
    setUser(m_user);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.settings().setWindowGeometry(saveGeometry());
    m_services.settings().setWindowState(saveState());
    m_services.settings().sync();
    event->accept();
}

void MainWindow::setUser(const UserInfo &user)
{
    m_user = user;
    m_members->setUser(user);
    updateConnectionLabel(); // the server is known once someone signed in
    if (user.username.isEmpty()) {
        m_userLabel->clear();
        return;
    }
    const QString roles[] = {tr("Operations"), tr("Support"), tr("Manager"), tr("Administrator")};
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_userLabel->setText(tr("%1 (%2)").arg(name, roles[int(user.role)]));
}

void MainWindow::refresh()
{
    if (!m_services.connection().isOnline())
        m_services.connection().checkNow();
    m_members->refresh();
}

void MainWindow::updateConnectionLabel()
{
    const ConnectionMonitor &connection = m_services.connection();
    const QString server = m_services.client().baseUrl().toDisplayString();
    if (connection.isOnline())
        m_connectionLabel->setText(tr("Online: %1").arg(server));
    else
        m_connectionLabel->setText(
            tr("Offline since %1: %2")
                .arg(QLocale().toString(connection.offlineSince().time(), QLocale::ShortFormat), server));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_services, this);
    dialog.exec();
}

} // namespace loyalty
