#include "ui/UsersPane.h"

#include "client/UserAccountJob.h"
#include "models/UserListModel.h"
#include "ui/ConsoleServices.h"
#include "ui/PasswordDialog.h"
#include "ui/Prompt.h"
#include "ui/UserDialog.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace loyalty {

UsersPane::UsersPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_model(new UserListModel(&services.client(), &services.connection(), this)),
      m_toolbar(new QToolBar(this)), m_view(new QTableView(this)), m_message(new QLabel(this)),
      m_new(new QAction(this)), m_edit(new QAction(this)), m_toggle(new QAction(this)),
      m_reset(new QAction(this))
{
    setObjectName(QStringLiteral("usersPane"));
    m_view->setObjectName(QStringLiteral("userList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {m_new, m_edit, m_toggle, m_reset})
        m_toolbar->addAction(action);
    for (QAction *action : {m_edit, m_toggle, m_reset})
        m_view->addAction(action);
    addAction(m_new);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_new, &QAction::triggered, this, &UsersPane::createUser);
    connect(m_edit, &QAction::triggered, this, &UsersPane::editUser);
    connect(m_toggle, &QAction::triggered, this, &UsersPane::toggleEnabled);
    connect(m_reset, &QAction::triggered, this, &UsersPane::resetPassword);
    connect(m_view, &QTableView::activated, this, &UsersPane::editUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateActions);
    connect(m_model, &PagedTableModel::errorOccurred, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_view->resizeColumnsToContents();
    });
    retranslate();
    showMessage({}, false);
}

void UsersPane::retranslate()
{
    m_new->setText(tr("&New user…"));
    m_edit->setText(tr("&Edit…"));
    m_reset->setText(tr("&Reset password…"));
    updateActions();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, UserListModel::ColumnCount - 1);
}

void UsersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPane::refresh()
{
    m_model->reload();
}

int UsersPane::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UsersPane::updateActions()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    m_edit->setEnabled(selected);
    m_reset->setEnabled(selected);
    m_toggle->setEnabled(selected);
    const bool enabled = selected && m_model->accountAt(row).enabled;
    m_toggle->setText(!selected || enabled ? tr("&Disable…") : tr("En&able"));
}

void UsersPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void UsersPane::createUser()
{
    UserDialog dialog(m_services.client(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserAccount account = dialog.account();
    m_model->appendAccount(account);
    m_view->setCurrentIndex(m_model->index(m_model->rowOfUser(account.id), 0));
    showMessage(tr("%1 can now sign in as %2.")
                    .arg(account.displayName.isEmpty() ? account.username : account.displayName,
                         roleLabel(account.role)),
                false);
}

void UsersPane::editUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    UserDialog dialog(m_services.client(), m_model->accountAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->updateAccount(dialog.account());
    showMessage(tr("Saved. A new role applies when %1 signs in again.").arg(dialog.account().username),
                false);
}

void UsersPane::toggleEnabled()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const UserAccount account = m_model->accountAt(row);
    UserUpdateRequest request;
    request.enabled = !account.enabled;
    request.version = account.version;
    if (account.enabled) {
        const auto answer = Prompt::question(
            this, tr("Disable %1?").arg(account.username),
            tr("%1 is signed out at once and cannot sign in until enabled again.").arg(account.username),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto *job = UserAccountJob::update(&m_services.client(), account.id, request, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *accountJob = static_cast<UserAccountJob *>(finished);
        if (!accountJob->succeeded()) {
            showMessage(accountJob->errorText(), true);
            return;
        }
        const UserAccount changed = accountJob->account();
        m_model->updateAccount(changed);
        showMessage(changed.enabled ? tr("%1 is enabled.").arg(changed.username)
                                    : tr("%1 is disabled and was signed out.").arg(changed.username),
                    false);
    });
    job->start();
}

void UsersPane::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const UserAccount account = m_model->accountAt(row);
    PasswordDialog dialog(m_services.client(), PasswordDialog::Mode::Reset, account.id, account.username,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("The password of %1 was reset.").arg(account.username), false);
}

} // namespace loyalty
