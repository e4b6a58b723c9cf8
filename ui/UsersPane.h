#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace loyalty {

class ConsoleServices;
class UserListModel;

// Administrators' Users pane: who may use the console, their roles and status; create, edit, enable or
// disable, reset a password. Disabling and role changes end that user's sessions at once (the server
// revokes their tokens).
class UsersPane : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPane(ConsoleServices &services, QWidget *parent = nullptr);

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *toggleEnabledAction() const { return m_toggle; }
    QAction *resetPasswordAction() const { return m_reset; }

    void refresh();
    void createUser();
    void editUser();
    void toggleEnabled();
    void resetPassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showMessage(const QString &text, bool error);
    int currentRow() const;

    ConsoleServices &m_services;
    UserListModel *m_model;
    QToolBar *m_toolbar;
    QTableView *m_view;
    QLabel *m_message;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_toggle;
    QAction *m_reset;
};

} // namespace loyalty
