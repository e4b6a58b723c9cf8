#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class ConsoleServices;
struct ApiError;

// Server address, user name, password, "remember me". Errors appear inline under the field they concern;
// whether the token can be remembered (a keychain answers) is said before anyone signs in.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(ConsoleServices &services, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *keychainLabel() const { return m_keychainNote; }
    QLabel *noticeLabel() const { return m_notice; }
    // A sentence shown above the form, e.g. why the previous session ended.
    void setNotice(const QString &text);

    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void probeKeychain();
    void setBusy(bool busy);
    void showError(const QString &message, QWidget *field);
    void onSignInFailed(const ApiError &error);

    ConsoleServices &m_services;
    QLabel *m_notice;
    QLabel *m_serverLabel;
    QLabel *m_usernameLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace loyalty
