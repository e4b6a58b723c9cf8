#include "ui/ResolveCaseDialog.h"

#include "ui/InlineError.h"

#include "client/ResolveCaseJob.h"
#include "core/CaseResolution.h"
#include "models/RedemptionModel.h"
#include "models/RedemptionTimelineModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace loyalty {

ResolveCaseDialog::ResolveCaseDialog(ApiClient &client, const RedemptionRecord &redemption,
                                     const AfterSalesCase &afterSalesCase, QWidget *parent)
    : QDialog(parent), m_client(client), m_redemption(redemption), m_case(afterSalesCase),
      m_outcome(new QComboBox(this)), m_effect(new QLabel(this)), m_restock(new QCheckBox(this)),
      m_reason(new QLineEdit(this)),
      m_outcomeError(InlineError::create(this, QStringLiteral("outcomeError"))),
      m_restockError(InlineError::create(this, QStringLiteral("restockError"))),
      m_reasonError(InlineError::create(this, QStringLiteral("resolveReasonError"))),
      m_error(InlineError::create(this, QStringLiteral("resolveError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resolveCaseDialog"));
    setWindowTitle(tr("Resolve case %1").arg(afterSalesCase.id));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString complaint =
        tr("Case %1 on redemption %2 (%3 × %4 for %5): %6.")
            .arg(QString::number(afterSalesCase.id), QString::number(redemption.id()), redemption.itemName,
                 QString::number(redemption.redemption.quantity), RedemptionModel::memberText(redemption),
                 RedemptionTimelineModel::caseKindText(afterSalesCase.kind));
    if (!afterSalesCase.description.isEmpty())
        complaint += QLatin1Char('\n') + afterSalesCase.description;
    intro->setText(complaint);
    m_outcome->setObjectName(QStringLiteral("outcomeBox"));
    // Only what core allows for this item and this kind of problem is offered.
    for (CaseOutcome outcome :
         {CaseOutcome::Refund, CaseOutcome::Reship, CaseOutcome::Reissue, CaseOutcome::Reject}) {
        CaseResolution probe;
        probe.outcome = outcome;
        probe.reason = QStringLiteral("-");
        if (!probe.validate(redemption.fulfilment, afterSalesCase.kind))
            m_outcome->addItem(RedemptionTimelineModel::caseOutcomeText(outcome), int(outcome));
    }
    m_effect->setObjectName(QStringLiteral("outcomeEffect"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    m_effect->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_restock->setObjectName(QStringLiteral("restockBox"));
    m_restock->setText(tr("The goods came back: put them back into &stock"));
    m_reason->setObjectName(QStringLiteral("resolveReasonEdit"));
    m_reason->setMaxLength(CaseResolution::kMaxReasonLength);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(QString(), m_effect);
    form->addRow(QString(), m_outcomeError);
    form->addRow(QString(), m_restock);
    form->addRow(QString(), m_restockError);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_reasonError);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve case"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResolveCaseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ResolveCaseDialog::updateForOutcome);
    connect(m_reason, &QLineEdit::textEdited, m_reasonError, &QWidget::hide);
    connect(m_restock, &QCheckBox::toggled, m_restockError, &QWidget::hide);
    updateForOutcome();
    m_outcome->setFocus();
}

CaseResolution ResolveCaseDialog::resolution() const
{
    CaseResolution resolution;
    resolution.outcome = CaseOutcome(m_outcome->currentData().toInt());
    resolution.restock = m_restock->isEnabled() && m_restock->isChecked();
    resolution.reason = m_reason->text().trimmed();
    return resolution;
}

void ResolveCaseDialog::updateForOutcome()
{
    m_outcomeError->hide();
    m_restockError->hide();
    m_reasonError->hide();
    const CaseOutcome outcome = CaseOutcome(m_outcome->currentData().toInt());
    // Restock is offered only where core would accept it.
    CaseResolution probe;
    probe.outcome = outcome;
    probe.restock = true;
    probe.reason = QStringLiteral("-");
    const auto refused = probe.validate(m_redemption.fulfilment, m_case.kind);
    const bool restockAllowed = !refused || refused->field != QLatin1String("restock");
    m_restock->setEnabled(restockAllowed && !m_busy);
    if (!restockAllowed)
        m_restock->setChecked(false);
    m_restock->setToolTip(restockAllowed ? QString() : refused->text());
    const QString points = QLocale().toString(m_redemption.redemption.points);
    switch (outcome) {
    case CaseOutcome::Refund:
        m_effect->setText(tr("%1 points go back to the member.").arg(points));
        break;
    case CaseOutcome::Reship:
        m_effect->setText(
            tr("Another %Ln unit(s) leave stock for the member.", nullptr, m_redemption.redemption.quantity));
        break;
    case CaseOutcome::Reissue:
        m_effect->setText(tr("The member gets a new code; the old one stops counting."));
        break;
    case CaseOutcome::Reject:
        m_effect->setText(tr("Nothing moves; the reason tells the member why."));
        break;
    }
    m_reason->setPlaceholderText(outcome == CaseOutcome::Reject ? tr("Why the claim is rejected (required)")
                                                                : tr("Optional note on the resolution"));
}

void ResolveCaseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_outcome->setEnabled(!busy);
    m_reason->setEnabled(!busy);
    if (busy)
        m_restock->setEnabled(false);
    else
        updateForOutcome();
}

void ResolveCaseDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("outcome")   ? m_outcomeError
                    : field == QLatin1String("restock") ? m_restockError
                    : field == QLatin1String("reason")  ? m_reasonError
                                                        : m_error;
    label->setText(message);
    label->show();
    if (label == m_reasonError)
        m_reason->setFocus();
    else if (label == m_outcomeError)
        m_outcome->setFocus();
}

void ResolveCaseDialog::submit()
{
    if (m_busy)
        return;
    m_outcomeError->hide();
    m_restockError->hide();
    m_reasonError->hide();
    m_error->hide();
    const CaseResolution request = resolution();
    if (const auto violation = request.validate(m_redemption.fulfilment, m_case.kind)) {
        showError(violation->field, violation->text());
        return;
    }
    const QJsonObject body = request.toJson();
    if (m_key.isEmpty() || body != m_keyBody) {
        m_keyBody = body;
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    setBusy(true);
    auto *job = new ResolveCaseJob(&m_client, m_case.id, request, m_key, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *resolve = static_cast<ResolveCaseJob *>(finished);
        setBusy(false);
        if (resolve->succeeded()) {
            m_resolved = resolve->resolvedCase();
            m_result = resolve->redemption();
            accept();
            return;
        }
        showError(resolve->error().field, resolve->errorText());
    });
    job->start();
}

} // namespace loyalty
