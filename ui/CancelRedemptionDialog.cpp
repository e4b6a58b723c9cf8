#include "ui/CancelRedemptionDialog.h"

#include "client/RedemptionActionJob.h"
#include "models/RedemptionModel.h"
#include "ui/Prompt.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QUuid>

namespace loyalty {

CancelRedemptionDialog::CancelRedemptionDialog(ApiClient &client, const RedemptionRecord &redemption,
                                               QWidget *parent)
    : ReasonDialog(parent), m_client(client), m_redemption(redemption)
{
    setObjectName(QStringLiteral("cancelRedemptionDialog"));
    setWindowTitle(tr("Cancel redemption %1").arg(redemption.id()));
    setReasonMaxLength(kMaxReasonLength);
    setIntro(tr("Cancel redemption %1 (%2 × %3) of %4: the %5 points go back to the member and the item goes "
                "back into stock.")
                 .arg(QString::number(redemption.id()), redemption.itemName,
                      QString::number(redemption.redemption.quantity),
                      RedemptionModel::memberText(redemption),
                      QLocale().toString(redemption.redemption.points)));
    reasonEdit()->setPlaceholderText(tr("Why it is cancelled (the member is told)"));
    setOkText(tr("Cancel redemption…"));
}

bool CancelRedemptionDialog::confirm()
{
    const QString question =
        tr("Really cancel redemption %1?\n\n%2 points go back to %3 now and the stock is released. A "
           "cancelled redemption cannot be placed again.")
            .arg(QString::number(m_redemption.id()), QLocale().toString(m_redemption.redemption.points),
                 RedemptionModel::memberText(m_redemption));
    return Prompt::question(this, tr("Cancel redemption"), question, QMessageBox::Yes | QMessageBox::No,
                            QMessageBox::No) == QMessageBox::Yes;
}

void CancelRedemptionDialog::submit()
{
    if (isBusy())
        return;
    const QString why = reason();
    if (why.isEmpty()) {
        showError(tr("Say why the redemption is cancelled."));
        return;
    }
    if (!confirm())
        return;
    errorLabel()->hide();
    setBusy(true);
    if (m_key.isEmpty() || why != m_keyReason) {
        m_keyReason = why;
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    auto *job = RedemptionActionJob::cancel(&m_client, m_redemption.id(), why, m_key, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *cancel = static_cast<RedemptionActionJob *>(finished);
        setBusy(false);
        if (cancel->succeeded()) {
            m_result = cancel->redemption();
            accept();
            return;
        }
        showError(cancel->errorText());
    });
    job->start();
}

} // namespace loyalty
