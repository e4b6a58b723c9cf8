#include "ui/CaseDialog.h"

#include "ui/InlineError.h"

#include "client/OpenCaseJob.h"
#include "core/CaseRequest.h"
#include "models/RedemptionModel.h"
#include "models/RedemptionTimelineModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace loyalty {

CaseDialog::CaseDialog(ApiClient &client, const RedemptionRecord &redemption, QWidget *parent)
    : QDialog(parent), m_client(client), m_redemption(redemption), m_kind(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)),
      m_kindError(InlineError::create(this, QStringLiteral("caseKindError"))),
      m_descriptionError(InlineError::create(this, QStringLiteral("caseDescriptionError"))),
      m_error(InlineError::create(this, QStringLiteral("caseError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(tr("Open after-sales case: redemption %1").arg(redemption.id()));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("%1 × %2 for %3. Say what went wrong as the member told it; the case is resolved "
                      "afterwards (refund, reship, new code or rejection).")
                       .arg(redemption.itemName, QString::number(redemption.redemption.quantity),
                            RedemptionModel::memberText(redemption)));
    m_kind->setObjectName(QStringLiteral("caseKindBox"));
    for (CaseKind kind : {CaseKind::NotReceived, CaseKind::Damaged, CaseKind::Lost, CaseKind::WrongItem}) {
        if (CaseRequest::kindFits(kind, redemption.fulfilment))
            m_kind->addItem(RedemptionTimelineModel::caseKindText(kind), int(kind));
    }
    m_description->setObjectName(QStringLiteral("caseDescriptionEdit"));
    m_description->setPlaceholderText(tr("What the member reported, photos received, ticket number…"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);

    auto *form = new QFormLayout;
    form->addRow(tr("&Problem:"), m_kind);
    form->addRow(QString(), m_kindError);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionError);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open case"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, m_descriptionError, &QWidget::hide);
    connect(m_kind, &QComboBox::currentIndexChanged, m_kindError, &QWidget::hide);
    m_description->setFocus();
}

void CaseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_description->setReadOnly(busy);
}

void CaseDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("kind")          ? m_kindError
                    : field == QLatin1String("description") ? m_descriptionError
                                                            : m_error;
    label->setText(message);
    label->show();
    if (label == m_kindError)
        m_kind->setFocus();
    else if (label == m_descriptionError)
        m_description->setFocus();
}

void CaseDialog::submit()
{
    if (m_busy)
        return;
    m_kindError->hide();
    m_descriptionError->hide();
    m_error->hide();
    CaseRequest request;
    request.kind = CaseKind(m_kind->currentData().toInt());
    request.description = m_description->toPlainText().trimmed();
    if (const auto violation = request.validate(m_redemption.fulfilment)) {
        showError(violation->field, violation->text());
        return;
    }
    const QJsonObject body = request.toJson();
    if (m_key.isEmpty() || body != m_keyBody) {
        m_keyBody = body;
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    setBusy(true);
    auto *job = new OpenCaseJob(&m_client, m_redemption.id(), request, m_key, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *open = static_cast<OpenCaseJob *>(finished);
        setBusy(false);
        if (open->succeeded()) {
            m_opened = open->openedCase();
            accept();
            return;
        }
        showError(open->error().field, open->errorText());
    });
    job->start();
}

} // namespace loyalty
