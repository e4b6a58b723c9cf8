#pragma once

#include "ui/LoginDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace loyalty {

class ConsoleServices;
class MainWindow;

// The console's sign-in flow around the main window: the login dialog first, again after signing out,
// and again, with the server's sentence saying why, when the session ends (expired, or revoked by an
// administrator).
class ConsoleShell : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleShell(ConsoleServices &services, QObject *parent = nullptr);
    ~ConsoleShell() override;

    MainWindow *window() const { return m_window.get(); }
    // The login dialog while it is open (tests fill it in from the event loop it runs).
    LoginDialog *loginDialog() const { return m_login; }

    // Shows the login dialog; false when the user gives up.
    bool askToSignIn(const QString &notice = {});
    // Shows the main window for the signed-in user.
    void enterConsole();

Q_SIGNALS:
    // Nobody is signed in and the user closed the login dialog.
    void quitRequested();

private:
    void signInAgain(const QString &notice);

    ConsoleServices &m_services;
    std::unique_ptr<MainWindow> m_window;
    QPointer<LoginDialog> m_login;
};

} // namespace loyalty
