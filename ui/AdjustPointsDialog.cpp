#include "ui/AdjustPointsDialog.h"

#include "client/AdjustPointsJob.h"
#include "core/AdjustmentReason.h"
#include "core/AdjustmentRequest.h"
#include "models/ApprovalModel.h"
#include "models/MemberRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace loyalty {

AdjustPointsDialog::AdjustPointsDialog(MemberRepository &members, const Member &member, QWidget *parent)
    : QDialog(parent), m_members(members), m_member(member),
      m_key(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)), m_amount(new QSpinBox(this)),
      m_reason(new QComboBox(this)), m_note(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_error(new QLabel(this)), m_notice(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("adjustPointsDialog"));
    setWindowTitle(tr("Adjust points: %1 (%2)").arg(member.name, member.memberNo));
    m_amount->setObjectName(QStringLiteral("amountBox"));
    m_amount->setRange(int(-AdjustmentRequest::kMaxAbsAmount), int(AdjustmentRequest::kMaxAbsAmount));
    m_amount->setValue(0);
    m_amount->setGroupSeparatorShown(true);
    m_reason->setObjectName(QStringLiteral("reasonBox"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : AdjustmentReason::codes())
        m_reason->addItem(AdjustmentReason::label(code), code);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(AdjustmentRequest::kMaxNoteLength);
    m_note->setPlaceholderText(tr("What happened, ticket number…"));
    m_error->setObjectName(QStringLiteral("adjustError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_notice->setObjectName(QStringLiteral("adjustNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_notice->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Current balance:"), new QLabel(QLocale().toString(member.balance), this));
    form->addRow(tr("&Amount (+ adds, − deducts):"), m_amount);
    form->addRow(tr("Balance after:"), m_preview);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Post adjustment"));

    auto updatePreview = [this] {
        const qint64 after = m_member.balance + m_amount->value();
        m_preview->setText(QLocale().toString(after));
        m_preview->setStyleSheet(after < 0 ? QStringLiteral("color: #c0392b;") : QString());
    };
    connect(m_amount, &QSpinBox::valueChanged, this, updatePreview);
    updatePreview();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdjustPointsDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_amount->setFocus();
    m_amount->selectAll();
}

void AdjustPointsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *field :
         {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_note)})
        field->setEnabled(!busy);
}

void AdjustPointsDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    QWidget *culprit = field == QLatin1String("reason") ? static_cast<QWidget *>(m_reason)
                       : field == QLatin1String("note") ? static_cast<QWidget *>(m_note)
                                                        : static_cast<QWidget *>(m_amount);
    culprit->setFocus();
}

void AdjustPointsDialog::showAwaitingApproval(const Approval &approval)
{
    m_awaitsApproval = true;
    m_approval = approval;
    m_error->hide();
    m_notice->setText(tr("Nothing was posted: an adjustment of %1 points needs a manager's approval, so it "
                         "now waits in the approval queue as request %2. The balance stays %3 until a "
                         "manager approves it.")
                          .arg(ApprovalModel::amountText(approval.amount))
                          .arg(approval.id)
                          .arg(QLocale().toString(m_member.balance)));
    m_notice->show();
    // The preview must not promise what has not happened.
    m_preview->setStyleSheet(QString());
    m_preview->setText(
        tr("%1 (unchanged until a manager approves)").arg(QLocale().toString(m_member.balance)));
    // Nothing more to send from here: the fields stay as asked, the only way on is Close.
    setBusy(true);
    m_buttons->button(QDialogButtonBox::Ok)->hide();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(tr("Close"));
    close->setDefault(true);
    close->setFocus();
}

void AdjustPointsDialog::reject()
{
    // The request reached the server (it waits for approval): closing, however, acknowledges it.
    if (m_awaitsApproval) {
        accept();
        return;
    }
    QDialog::reject();
}

void AdjustPointsDialog::submit()
{
    if (m_busy)
        return; // a second click while the first is under way posts nothing
    AdjustmentRequest request;
    request.amount = m_amount->value();
    request.reason = m_reason->currentData().toString();
    request.note = m_note->text().trimmed();
    if (const auto violation = request.validate()) {
        showError(violation->text(), violation->field);
        return;
    }
    m_error->hide();
    setBusy(true);
    AdjustPointsJob *job = m_members.adjustPoints(m_member.id, request, m_key);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *adjust = static_cast<AdjustPointsJob *>(finished);
        setBusy(false);
        if (adjust->succeeded() && adjust->awaitsApproval()) {
            showAwaitingApproval(adjust->approval());
            return;
        }
        if (adjust->succeeded()) {
            m_posted = adjust->entry();
            accept();
            return;
        }
        // The same key is kept: trying again after a dropped connection cannot post twice.
        showError(adjust->errorText(), adjust->error().field);
    });
}

} // namespace loyalty
