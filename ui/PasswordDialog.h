#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class ApiClient;

// An administrator's password reset for someone, or a user's change of their own password (which also
// asks for the old one). The policy is checked before sending; refusals appear inline.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Reset,
        ChangeOwn
    };

    PasswordDialog(ApiClient &client, Mode mode, qint64 userId, const QString &username,
                   QWidget *parent = nullptr);

    QLineEdit *oldPasswordEdit() const { return m_old; }
    QLineEdit *newPasswordEdit() const { return m_new; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *errorLabel() const { return m_error; }

    void submit();

private:
    void showError(const QString &message, QWidget *field);

    ApiClient &m_client;
    Mode m_mode;
    qint64 m_userId;
    QString m_username;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace loyalty
