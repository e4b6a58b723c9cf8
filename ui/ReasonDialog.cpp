#include "ui/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

ReasonDialog::ReasonDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_reason(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_error->setObjectName(QStringLiteral("reasonDialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

QPushButton *ReasonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReasonDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void ReasonDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

void ReasonDialog::setReasonMaxLength(int length)
{
    m_reason->setMaxLength(length);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::setBusy(bool busy)
{
    m_busy = busy;
    okButton()->setEnabled(!busy);
    m_reason->setEnabled(!busy);
}

void ReasonDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_reason->setFocus();
}

} // namespace loyalty
