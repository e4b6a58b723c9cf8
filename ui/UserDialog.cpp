#include "ui/UserDialog.h"

#include "client/UserAccountJob.h"
#include "core/CreateUserRequest.h"
#include "core/UserUpdateRequest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

UserDialog::UserDialog(ApiClient &client, QWidget *parent)
    : QDialog(parent), m_client(client), m_editing(false)
{
    build();
    setWindowTitle(tr("New console user"));
}

UserDialog::UserDialog(ApiClient &client, const UserAccount &account, QWidget *parent)
    : QDialog(parent), m_client(client), m_editing(true), m_account(account)
{
    build();
    setWindowTitle(tr("Edit %1").arg(account.username));
    m_username->setText(account.username);
    m_username->setReadOnly(true);
    m_displayName->setText(account.displayName);
    m_role->setCurrentIndex(m_role->findData(int(account.role)));
    m_displayName->setFocus();
}

void UserDialog::build()
{
    setObjectName(QStringLiteral("userDialog"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(CreateUserRequest::kMaxDisplayNameLength);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleBox"));
    for (Role role : {Role::Support, Role::Operator, Role::Manager, Role::Admin})
        m_role->addItem(roleLabel(role), int(role));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    if (!m_editing) {
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
        m_username->setPlaceholderText(tr("e.g. wang.fang"));
        m_password->setPlaceholderText(tr("at least 10 characters"));
    } else {
        m_password->hide();
        m_confirm->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create user"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UserDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    QWidget *culprit = field == QLatin1String("username")      ? static_cast<QWidget *>(m_username)
                       : field == QLatin1String("displayName") ? static_cast<QWidget *>(m_displayName)
                       : field == QLatin1String("role")        ? static_cast<QWidget *>(m_role)
                       : field == QLatin1String("password")    ? static_cast<QWidget *>(m_password)
                                                               : nullptr;
    if (culprit)
        culprit->setFocus();
}

void UserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void UserDialog::submit()
{
    if (m_busy)
        return;
    UserAccountJob *job = nullptr;
    const Role role = Role(m_role->currentData().toInt());
    if (m_editing) {
        UserUpdateRequest request;
        request.displayName = m_displayName->text().trimmed();
        request.role = role;
        request.version = m_account.version;
        if (auto violation = CreateUserRequest::checkDisplayName(*request.displayName)) {
            showError(violation->text(), violation->field);
            return;
        }
        job = UserAccountJob::update(&m_client, m_account.id, request, this);
    } else {
        CreateUserRequest request;
        request.username = m_username->text().trimmed();
        request.displayName = m_displayName->text().trimmed();
        request.role = role;
        request.password = m_password->text();
        if (auto violation = request.validate()) {
            showError(violation->text(), violation->field);
            return;
        }
        if (m_confirm->text() != m_password->text()) {
            showError(tr("The two passwords differ."), QStringLiteral("password"));
            return;
        }
        job = UserAccountJob::create(&m_client, request, this);
    }
    m_error->hide();
    setBusy(true);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        setBusy(false);
        auto *accountJob = static_cast<UserAccountJob *>(finished);
        if (!accountJob->succeeded()) {
            showError(accountJob->errorText(), accountJob->error().field);
            return;
        }
        m_account = accountJob->account();
        accept();
    });
    job->start();
}

} // namespace loyalty
