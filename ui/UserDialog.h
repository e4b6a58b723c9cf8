#pragma once

#include "core/UserAccount.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class ApiClient;

// Creates a console user, or edits one's display name and role. The same rules as the server are
// checked before sending; the server's refusal appears inline by its field.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // Create mode.
    explicit UserDialog(ApiClient &client, QWidget *parent = nullptr);
    // Edit mode.
    UserDialog(ApiClient &client, const UserAccount &account, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *errorLabel() const { return m_error; }
    // The account as the server has it after accept().
    UserAccount account() const { return m_account; }

    void submit();

private:
    void build();
    void showError(const QString &message, const QString &field);
    void setBusy(bool busy);

    ApiClient &m_client;
    bool m_editing;
    UserAccount m_account;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace loyalty
