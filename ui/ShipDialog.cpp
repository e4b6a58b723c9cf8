#include "ui/ShipDialog.h"

#include "ui/InlineError.h"

#include "client/RedemptionActionJob.h"
#include "core/ShipmentRequest.h"
#include "models/RedemptionModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace loyalty {

ShipDialog::ShipDialog(ApiClient &client, const RedemptionRecord &redemption, QWidget *parent)
    : QDialog(parent), m_client(client), m_redemption(redemption), m_carrier(new QComboBox(this)),
      m_tracking(new QLineEdit(this)),
      m_carrierError(InlineError::create(this, QStringLiteral("carrierError"))),
      m_trackingError(InlineError::create(this, QStringLiteral("trackingError"))),
      m_error(InlineError::create(this, QStringLiteral("shipError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("shipDialog"));
    setWindowTitle(tr("Ship redemption %1").arg(redemption.id()));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("%1 × %2 for %3. Enter the carrier and the tracking number printed on the label.")
                       .arg(redemption.itemName, QString::number(redemption.redemption.quantity),
                            RedemptionModel::memberText(redemption)));
    m_carrier->setObjectName(QStringLiteral("carrierBox"));
    m_carrier->setEditable(true);
    m_carrier->setInsertPolicy(QComboBox::NoInsert);
    // The carriers most parcels go with; any other can be typed.
    for (const QString &carrier :
         {QStringLiteral("顺丰速运"), QStringLiteral("中通快递"), QStringLiteral("圆通速递"),
          QStringLiteral("韵达快递"), QStringLiteral("申通快递"), QStringLiteral("京东物流"),
          QStringLiteral("EMS")})
        m_carrier->addItem(carrier);
    m_carrier->setCurrentIndex(-1);
    m_carrier->lineEdit()->setMaxLength(ShipmentRequest::kMaxCarrierLength);
    m_carrier->lineEdit()->setPlaceholderText(tr("e.g. 顺丰速运"));
    m_tracking->setObjectName(QStringLiteral("trackingEdit"));
    m_tracking->setMaxLength(ShipmentRequest::kMaxTrackingLength + 10); // pasted spaces are trimmed
    m_tracking->setPlaceholderText(tr("Letters, digits and dashes"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrier);
    form->addRow(QString(), m_carrierError);
    form->addRow(tr("&Tracking number:"), m_tracking);
    form->addRow(QString(), m_trackingError);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark shipped"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShipDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An error goes away as soon as its field is edited.
    connect(m_carrier, &QComboBox::currentTextChanged, m_carrierError, &QWidget::hide);
    connect(m_tracking, &QLineEdit::textEdited, m_trackingError, &QWidget::hide);
    m_carrier->setFocus();
}

void ShipDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_carrier->setEnabled(!busy);
    m_tracking->setEnabled(!busy);
}

void ShipDialog::clearErrors()
{
    m_carrierError->hide();
    m_trackingError->hide();
    m_error->hide();
}

void ShipDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("carrier")          ? m_carrierError
                    : field == QLatin1String("trackingNumber") ? m_trackingError
                                                               : m_error;
    label->setText(message);
    label->show();
    if (label == m_carrierError)
        m_carrier->setFocus();
    else if (label == m_trackingError)
        m_tracking->setFocus();
}

QByteArray ShipDialog::keyFor(const QJsonObject &body)
{
    if (m_key.isEmpty() || body != m_keyBody) {
        m_keyBody = body;
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    return m_key;
}

void ShipDialog::submit()
{
    if (m_busy)
        return; // a second click while the first is under way ships nothing
    clearErrors();
    ShipmentRequest request;
    request.carrier = m_carrier->currentText().trimmed();
    request.trackingNumber = m_tracking->text().trimmed();
    if (const auto violation = request.validate()) {
        showError(violation->field, violation->text());
        return;
    }
    setBusy(true);
    auto *job =
        RedemptionActionJob::ship(&m_client, m_redemption.id(), request, keyFor(request.toJson()), this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *ship = static_cast<RedemptionActionJob *>(finished);
        setBusy(false);
        if (ship->succeeded()) {
            m_result = ship->redemption();
            accept();
            return;
        }
        // Sending the same again after a dropped connection reuses the key: it cannot ship twice.
        showError(ship->error().field, ship->errorText());
    });
    job->start();
}

} // namespace loyalty
