#include "ui/MainWindow.h"

#include "client/PendingApprovalCounter.h"
#include "ui/ApprovalsPane.h"
#include "ui/AuditPane.h"
#include "ui/ConsoleServices.h"
#include "ui/JobProgressDialog.h"
#include "ui/MallPane.h"
#include "ui/MembersPane.h"
#include "ui/PasswordDialog.h"
#include "ui/Prompt.h"
#include "ui/RedemptionsPane.h"
#include "ui/SettingsDialog.h"
#include "ui/TiersPane.h"
#include "ui/UsersPane.h"

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
      m_users(new UsersPane(services, this)), m_audit(new AuditPane(services, this)),
      m_approvals(new ApprovalsPane(services, this)), m_tiers(new TiersPane(services, this)),
      m_mall(new MallPane(services, this)),
      m_approvalCounter(new PendingApprovalCounter(&services.client(), this)),
      m_connectionLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_refresh(new QAction(this)),
      m_find(new QAction(this)), m_settings(new QAction(this)), m_signOut(new QAction(this)),
      m_changePassword(new QAction(this)), m_runExpiry(new QAction(this)), m_export(new QAction(this)),
      m_quit(new QAction(this)), m_fileMenu(menuBar()->addMenu(QString())),
      m_viewMenu(menuBar()->addMenu(QString()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    addPane(
        m_members, Permission::MembersRead, QT_TR_NOOP("Members"), [this] { m_members->refresh(); },
        [this] { m_members->exportCsv(); });
    addPane(
        m_approvals, Permission::ApprovalsDecide, QT_TR_NOOP("Approvals"),
        [this] {
            m_approvals->refresh();
            m_approvalCounter->refresh();
        },
        [this] { m_approvals->exportCsv(); });
    addPane(
        m_audit, Permission::AuditRead, QT_TR_NOOP("Audit"), [this] { m_audit->refresh(); },
        [this] { m_audit->exportCsv(); });
    addPane(m_users, Permission::UsersManage, QT_TR_NOOP("Users"), [this] { m_users->refresh(); });
    addPane(m_tiers, Permission::TiersManage, QT_TR_NOOP("Tiers"), [this] { m_tiers->refresh(); });
    addPane(
        m_mall, Permission::MallRead, QT_TR_NOOP("Mall"), [this] { m_mall->refresh(); },
        [this] { m_mall->exportCsv(); });
    m_redemptions = new RedemptionsPane(services, this);
    addPane(
        m_redemptions, Permission::MallRead, QT_TR_NOOP("Redemptions"), [this] { m_redemptions->refresh(); },
        [this] { m_redemptions->exportCsv(); });
    // "Open member" in a redemption: the member's 360 view in the Members pane.
    connect(m_redemptions, &RedemptionsPane::memberRequested, this, [this](qint64 memberId) {
        if (showPane(m_members->objectName()))
            m_members->showMember(memberId);
    });
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            m_stack->setCurrentIndex(current->data(Qt::UserRole).toInt());
        const PaneEntry *entry = currentEntry();
        m_export->setEnabled(entry && entry->exportList);
    });

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
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addAction(m_changePassword);
    m_fileMenu->addAction(m_runExpiry);
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_find);
    addAction(m_find);
    addAction(m_refresh);
    addAction(m_export);
    connect(m_export, &QAction::triggered, this, [this] {
        if (const PaneEntry *entry = currentEntry(); entry && entry->exportList)
            entry->exportList();
    });

    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_find, &QAction::triggered, this, [this] {
        if (showPane(m_members->objectName()))
            m_members->focusSearch();
    });
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::changeOwnPassword);
    connect(m_runExpiry, &QAction::triggered, this, &MainWindow::runExpiry);
    m_runExpiry->setVisible(false); // until someone who may run jobs signs in

    // The pending count on the Approvals entry: at sign-in, every few minutes, and after each decision.
    m_approvalCounter->setInterval(std::chrono::seconds(services.settings().approvalRefreshSeconds()));
    connect(m_approvalCounter, &PendingApprovalCounter::countChanged, this,
            &MainWindow::updateNavigationTexts);
    connect(m_approvalCounter, &PendingApprovalCounter::countChanged, m_approvals,
            &ApprovalsPane::setPendingCount);
    connect(m_approvals, &ApprovalsPane::decided, m_approvalCounter,
            &PendingApprovalCounter::refreshAfterChange);
    connect(&services.session(), &SessionManager::signedIn, this, [this](const UserInfo &user) {
        if (user.can(Permission::ApprovalsDecide))
            m_approvalCounter->refresh();
    });
    connect(&services.session(), &SessionManager::signedOut, m_approvalCounter,
            &PendingApprovalCounter::stop);
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
    updateNavigationTexts();
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_find->setText(tr("&Find member"));
    m_settings->setText(tr("&Settings…"));
    m_signOut->setText(tr("Sign &out"));
    m_changePassword->setText(tr("&Change password…"));
    m_runExpiry->setText(tr("Run e&xpiry now…"));
    m_runExpiry->setToolTip(tr("Expire every points lot whose time has come, for all members, now"));
    m_export->setText(tr("&Export list as CSV…"));
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
    if (m_tiers->hasUnsavedEdits() &&
        Prompt::question(this, tr("Discard unsaved tier edits?"),
                         tr("The tier ladder has edits that are not saved. Quit and lose them?"),
                         QMessageBox::Discard | QMessageBox::Cancel,
                         QMessageBox::Cancel) != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    m_services.settings().setWindowGeometry(saveGeometry());
    m_services.settings().setWindowState(saveState());
    m_services.settings().sync();
    event->accept();
}

void MainWindow::addPane(QWidget *pane, Permission permission, const char *title,
                         std::function<void()> refresh, std::function<void()> exportList)
{
    m_stack->addWidget(pane);
    m_panes.append({pane, permission, title, std::move(refresh), std::move(exportList)});
}

const MainWindow::PaneEntry *MainWindow::currentEntry() const
{
    for (const PaneEntry &entry : m_panes) {
        if (entry.pane == m_stack->currentWidget())
            return m_user.can(entry.permission) ? &entry : nullptr;
    }
    return nullptr;
}

void MainWindow::rebuildNavigation()
{
    // Only what the role may do is offered; a role change shows at the next sign-in.
    const QString shown = m_stack->currentWidget() ? m_stack->currentWidget()->objectName() : QString();
    m_navigation->clear();
    for (int index = 0; index < m_panes.size(); ++index) {
        if (!m_user.can(m_panes.at(index).permission))
            continue;
        auto *item = new QListWidgetItem(navigationText(index), m_navigation);
        item->setData(Qt::UserRole, index);
    }
    if (!showPane(shown) && m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
}

QString MainWindow::navigationText(int paneIndex) const
{
    const PaneEntry &entry = m_panes.at(paneIndex);
    const QString title = tr(entry.title);
    if (entry.pane != m_approvals || m_approvalCounter->count() <= 0)
        return title;
    //: A navigation entry with how many items wait in it, e.g. "Approvals (3)"
    return tr("%1 (%2)").arg(title, QLocale().toString(m_approvalCounter->count()));
}

void MainWindow::updateNavigationTexts()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(navigationText(item->data(Qt::UserRole).toInt()));
    }
}

QStringList MainWindow::visiblePanes() const
{
    QStringList names;
    for (int row = 0; row < m_navigation->count(); ++row)
        names.append(m_panes.at(m_navigation->item(row)->data(Qt::UserRole).toInt()).pane->objectName());
    return names;
}

bool MainWindow::showPane(const QString &objectName)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        const PaneEntry &entry = m_panes.at(m_navigation->item(row)->data(Qt::UserRole).toInt());
        if (entry.pane->objectName() == objectName) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::setUser(const UserInfo &user)
{
    const bool newUser = user.username != m_user.username || user.role != m_user.role;
    m_user = user;
    m_members->setUser(user);
    m_approvals->setUser(user);
    m_tiers->setUser(user);
    m_mall->setUser(user);
    m_redemptions->setUser(user);
    m_runExpiry->setVisible(user.can(Permission::JobsRun));
    if (!user.can(Permission::ApprovalsDecide))
        m_approvalCounter->stop();
    else if (newUser || !m_approvalCounter->isActive())
        m_approvalCounter->start();
    if (newUser) {
        rebuildNavigation();
        // Lists another user left behind are read again for this one.
        for (const PaneEntry &entry : std::as_const(m_panes)) {
            if (entry.pane != m_members && user.can(entry.permission))
                entry.refresh();
        }
    }
    updateConnectionLabel(); // the server is known once someone signed in
    if (user.username.isEmpty()) {
        m_userLabel->clear();
        return;
    }
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_userLabel->setText(tr("%1 (%2)").arg(name, roleLabel(user.role)));
}

void MainWindow::refresh()
{
    if (!m_services.connection().isOnline())
        m_services.connection().checkNow();
    if (const PaneEntry *entry = currentEntry())
        entry->refresh();
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

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(m_services.client(), PasswordDialog::Mode::ChangeOwn, m_user.id, m_user.username,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

JobProgressDialog *MainWindow::jobDialog() const
{
    return m_jobDialog;
}

void MainWindow::runExpiry()
{
    if (!m_user.can(Permission::JobsRun))
        return;
    if (m_jobDialog && m_jobDialog->isFollowing()) {
        // One run at a time: the window that follows it comes forward.
        m_jobDialog->raise();
        m_jobDialog->activateWindow();
        return;
    }
    const auto answer =
        Prompt::question(this, tr("Run expiry now?"),
                         tr("Every points lot whose expiry date has passed is posted as expired now, for all "
                            "members. The points are gone from their balances; this cannot be undone. Run "
                            "the expiry now?"),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_jobDialog)
        m_jobDialog->close();
    auto *dialog = new JobProgressDialog(m_services.client(), tr("Points expiry"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_jobDialog = dialog;
    dialog->show();
    dialog->start(QStringLiteral("expire-lots"));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_services, this);
    dialog.exec();
}

} // namespace loyalty
