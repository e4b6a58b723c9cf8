#include "ui/PasswordDialog.h"

#include "client/PasswordJob.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

PasswordDialog::PasswordDialog(ApiClient &client, Mode mode, qint64 userId, const QString &username,
                               QWidget *parent)
    : QDialog(parent), m_client(client), m_mode(mode), m_userId(userId), m_username(username),
      m_old(new QLineEdit(this)), m_new(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::Reset ? tr("Reset the password of %1").arg(username)
                                       : tr("Change your password"));
    for (QLineEdit *edit : {m_old, m_new, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_old->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_new->setPlaceholderText(tr("at least 10 characters"));
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn)
        form->addRow(tr("&Current password:"), m_old);
    else
        m_old->hide();
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("Con&firm:"), m_confirm);
    auto *note =
        new QLabel(mode == Mode::Reset
                       ? tr("%1 is signed out everywhere and signs in with the new password.").arg(username)
                       : tr("Your other sessions are signed out."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

void PasswordDialog::submit()
{
    if (m_busy)
        return;
    PasswordChangeRequest request;
    request.oldPassword = m_mode == Mode::ChangeOwn ? m_old->text() : QString();
    request.newPassword = m_new->text();
    if (m_mode == Mode::ChangeOwn && request.oldPassword.isEmpty()) {
        showError(tr("Enter your current password."), m_old);
        return;
    }
    if (auto violation = request.validate(m_username)) {
        showError(violation->text(), m_new);
        return;
    }
    if (m_confirm->text() != m_new->text()) {
        showError(tr("The two passwords differ."), m_confirm);
        return;
    }
    m_error->hide();
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *job = new PasswordJob(&m_client, m_userId, request, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!finished->succeeded()) {
            showError(finished->errorText(),
                      finished->error().field == QLatin1String("oldPassword") ? m_old : m_new);
            return;
        }
        accept();
    });
    job->start();
}

} // namespace loyalty
