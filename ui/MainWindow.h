#pragma once

#include "core/UserInfo.h"

#include <QMainWindow>

#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace loyalty {

class ApprovalsPane;
class AuditPane;
class ConsoleServices;
class JobProgressDialog;
class MallPane;
class MembersPane;
class PendingApprovalCounter;
class RedemptionsPane;
class TiersPane;
class UsersPane;

// Navigation with the panes that exist, one pane at a time, and a status bar with the connection state,
// the signed-in user and role. F5 refreshes, Ctrl+F finds a member from anywhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleServices &services, QWidget *parent = nullptr);

    MembersPane *membersPane() const { return m_members; }
    UsersPane *usersPane() const { return m_users; }
    AuditPane *auditPane() const { return m_audit; }
    ApprovalsPane *approvalsPane() const { return m_approvals; }
    TiersPane *tiersPane() const { return m_tiers; }
    MallPane *mallPane() const { return m_mall; }
    RedemptionsPane *redemptionsPane() const { return m_redemptions; }
    PendingApprovalCounter *approvalCounter() const { return m_approvalCounter; }
    QAction *runExpiryAction() const { return m_runExpiry; }
    // The job window "Run expiry now…" opened last (null when none is open).
    JobProgressDialog *jobDialog() const;
    QAction *exportAction() const { return m_export; }
    QListWidget *navigation() const { return m_navigation; }
    // The panes the signed-in user may open, by object name ("membersPane", "usersPane", ...).
    QStringList visiblePanes() const;
    bool showPane(const QString &objectName);
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QLabel *userLabel() const { return m_userLabel; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *findAction() const { return m_find; }

    void setUser(const UserInfo &user);
    void refresh();
    // Asks for confirmation, starts the expiry run on the server and follows it in a window that is not
    // modal (the action of "Run expiry now…").
    void runExpiry();

Q_SIGNALS:
    // The server ended the session (expired or revoked): the app asks for a new sign-in.
    void signInRequired(const QString &reason);
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // A pane and the permission that opens it; the navigation lists only those the user has.
    struct PaneEntry
    {
        QWidget *pane;
        Permission permission;
        const char *title;
        std::function<void()> refresh;
        std::function<void()> exportList; // empty: the pane has no list to export yet
    };

    void addPane(QWidget *pane, Permission permission, const char *title, std::function<void()> refresh,
                 std::function<void()> exportList = {});
    const PaneEntry *currentEntry() const;
    void rebuildNavigation();
    // A pane's title in the navigation; the Approvals one carries the pending count, "Approvals (3)".
    QString navigationText(int paneIndex) const;
    void updateNavigationTexts();
    void retranslate();
    void updateConnectionLabel();
    void openSettings();
    void changeOwnPassword();

    ConsoleServices &m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<PaneEntry> m_panes;
    MembersPane *m_members;
    UsersPane *m_users;
    AuditPane *m_audit;
    ApprovalsPane *m_approvals;
    TiersPane *m_tiers;
    MallPane *m_mall;
    RedemptionsPane *m_redemptions = nullptr;
    PendingApprovalCounter *m_approvalCounter;
    QPointer<JobProgressDialog> m_jobDialog;
    QLabel *m_connectionLabel;
    QLabel *m_userLabel;
    QAction *m_refresh;
    QAction *m_find;
    QAction *m_settings;
    QAction *m_signOut;
    QAction *m_changePassword;
    QAction *m_runExpiry;
    QAction *m_export;
    QAction *m_quit;
    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    UserInfo m_user;
};

} // namespace loyalty
