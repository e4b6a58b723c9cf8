#include "ui/ConsoleShell.h"

#include "ui/ConsoleServices.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

namespace loyalty {

ConsoleShell::ConsoleShell(ConsoleServices &services, QObject *parent)
    : QObject(parent), m_services(services), m_window(std::make_unique<MainWindow>(services))
{
    connect(m_window.get(), &MainWindow::signInRequired, this, [this](const QString &reason) {
        signInAgain(tr("Your session ended: %1 Please sign in again.").arg(reason));
    });
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        m_services.session().signOut();
        signInAgain({});
    });
}

ConsoleShell::~ConsoleShell() = default;

bool ConsoleShell::askToSignIn(const QString &notice)
{
    LoginDialog dialog(m_services, m_window->isVisible() ? m_window.get() : nullptr);
    dialog.setNotice(notice);
    m_login = &dialog;
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_login = nullptr;
    return accepted;
}

void ConsoleShell::enterConsole()
{
    m_window->setUser(m_services.session().user());
    m_window->show();
    m_window->refresh();
}

void ConsoleShell::signInAgain(const QString &notice)
{
    m_window->hide();
    if (askToSignIn(notice))
        enterConsole();
    else
        Q_EMIT quitRequested();
}

} // namespace loyalty
