#include "ui/LoginDialog.h"

#include "ui/ConsoleServices.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

namespace {
const char kErrorStyle[] = "color: #c0392b;";
}

LoginDialog::LoginDialog(ConsoleServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_notice(new QLabel(this)), m_serverLabel(new QLabel(this)),
      m_usernameLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_server(new QLineEdit(this)),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)), m_remember(new QCheckBox(this)),
      m_keychainNote(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_error->setWordWrap(true);
    m_error->hide();
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    m_serverLabel->setBuddy(m_server);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    ConsoleSettings &settings = m_services.settings();
    m_server->setText(settings.serverUrl().toString());
    m_username->setText(settings.lastUsername());
    m_remember->setChecked(settings.rememberMe());
    if (!m_username->text().isEmpty())
        m_password->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    SessionManager &session = m_services.session();
    connect(&session, &SessionManager::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
    connect(&session, &SessionManager::signInFailed, this, &LoginDialog::onSignInFailed);
    connect(&session, &SessionManager::keychainUnavailable, this, [this](const QString &problem) {
        m_keychainNote->setText(
            tr("No keychain answered (%1): the session is kept in memory only and you will "
               "sign in again next time.")
                .arg(problem));
        m_keychainNote->show();
    });
    retranslate();
    probeKeychain();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Loyalty Console"));
    m_serverLabel->setText(tr("&Server:"));
    m_usernameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_server->setPlaceholderText(tr("https://loyalty.example.com"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    if (!m_services.tokenStore().persists())
        m_keychainNote->setText(
            tr("No keychain is available on this computer: the session is kept in memory only."));
}

void LoginDialog::probeKeychain()
{
    if (!m_services.tokenStore().persists()) {
        m_keychainNote->show();
        return;
    }
    // Reading an entry that may not exist tells whether a keychain answers at all.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(&m_services.tokenStore(), &TokenStore::loaded, this,
                [this, connection](const QByteArray &, const QString &errorText) {
                    disconnect(*connection);
                    if (errorText.isEmpty())
                        return;
                    m_keychainNote->setText(tr("No keychain answered (%1): if you sign in, the session "
                                               "is kept in memory only.")
                                                .arg(errorText));
                    m_keychainNote->show();
                });
    m_services.tokenStore().load(QStringLiteral("probe"));
}

void LoginDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void LoginDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        showError(tr("Enter the server address, for example https://loyalty.example.com."), m_server);
        return;
    }
    // Passwords travel in clear over http: allow that only to this computer.
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
        url.host() != QLatin1String("localhost") && url.host() != QLatin1String("::1")) {
        showError(tr("Use https for a server on another computer; http is allowed only for this computer."),
                  m_server);
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."), m_username);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."), m_password);
        return;
    }
    m_error->hide();
    ConsoleSettings &settings = m_services.settings();
    settings.setServerUrl(url);
    settings.setLastUsername(m_username->text().trimmed());
    settings.setRememberMe(m_remember->isChecked());
    setBusy(true);
    m_services.session().signIn(url, m_username->text().trimmed(), m_password->text(),
                                m_remember->isChecked());
}

void LoginDialog::onSignInFailed(const ApiError &error)
{
    setBusy(false);
    if (error.code == QLatin1String("invalid_credentials")) {
        m_password->clear();
        showError(error.message, m_password);
    } else if (error.httpStatus == 0) {
        showError(error.message, m_server);
    } else {
        showError(error.message, nullptr);
    }
}

} // namespace loyalty
