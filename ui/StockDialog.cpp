#include "ui/StockDialog.h"

#include "ui/InlineError.h"

#include "client/StockChangeJob.h"
#include "models/MallText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loyalty {

namespace {

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return box;
}
} // namespace

StockDialog::StockDialog(ApiClient &client, const CatalogueItem &item, QWidget *parent)
    : QDialog(parent), m_client(client), m_item(item), m_kind(new QComboBox(this)),
      m_delta(new QSpinBox(this)), m_reason(new QLineEdit(this)), m_result(new QLabel(this)),
      m_deltaError(InlineError::create(this, QStringLiteral("stockDeltaError"))),
      m_reasonError(InlineError::create(this, QStringLiteral("stockReasonError"))),
      m_error(InlineError::create(this, QStringLiteral("stockError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("stockDialog"));
    setWindowTitle(tr("Adjust stock: %1").arg(item.item.name));
    m_kind->setObjectName(QStringLiteral("stockKind"));
    m_kind->addItem(tr("Inbound (goods came in)"), int(StockMovementKind::Inbound));
    m_kind->addItem(tr("Correction (after a count)"), int(StockMovementKind::Correction));
    m_delta->setObjectName(QStringLiteral("stockDelta"));
    m_delta->setRange(int(-StockChangeRequest::kMaxAbsDelta), int(StockChangeRequest::kMaxAbsDelta));
    m_delta->setGroupSeparatorShown(true);
    m_reason->setObjectName(QStringLiteral("stockReason"));
    m_reason->setMaxLength(StockChangeRequest::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("Delivery note, stock count, damage…"));
    m_result->setObjectName(QStringLiteral("stockResult"));
    m_result->setTextFormat(Qt::PlainText);
    applyButton()->setObjectName(QStringLiteral("applyStockButton"));
    applyButton()->setText(tr("Apply"));

    auto *form = new QFormLayout;
    form->addRow(tr("Stock now:"), new QLabel(QLocale().toString(item.item.stock), this));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Change (+ adds, − removes):"), withError(m_delta, m_deltaError, this));
    form->addRow(tr("Stock after:"), m_result);
    form->addRow(tr("&Reason:"), withError(m_reason, m_reasonError, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_delta, &QSpinBox::valueChanged, this, &StockDialog::updateResult);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Goods coming in only add: a negative count would be refused anyway.
        const bool inbound = StockMovementKind(m_kind->currentData().toInt()) == StockMovementKind::Inbound;
        m_delta->setMinimum(inbound ? 0 : int(-StockChangeRequest::kMaxAbsDelta));
        updateResult();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StockDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setKind(StockMovementKind::Inbound);
    updateResult();
    m_delta->setFocus();
    m_delta->selectAll();
}

QPushButton *StockDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void StockDialog::setKind(StockMovementKind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
}

StockChangeRequest StockDialog::request() const
{
    StockChangeRequest request;
    request.kind = StockMovementKind(m_kind->currentData().toInt());
    request.delta = m_delta->value();
    request.reason = m_reason->text().trimmed();
    return request;
}

void StockDialog::updateResult()
{
    const qint64 after = m_item.item.stock + m_delta->value();
    m_result->setText(QLocale().toString(after));
    m_result->setStyleSheet(after < 0 ? InlineError::styleSheet() : QString());
}

void StockDialog::clearErrors()
{
    for (QLabel *label : {m_deltaError, m_reasonError, m_error}) {
        label->clear();
        label->hide();
    }
}

void StockDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("reason")  ? m_reasonError
                    : field == QLatin1String("delta") ? m_deltaError
                                                      : m_error;
    label->setText(message);
    label->show();
    if (label == m_reasonError)
        m_reason->setFocus();
    else if (label == m_deltaError)
        m_delta->setFocus();
}

void StockDialog::setBusy(bool busy)
{
    m_busy = busy;
    applyButton()->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_delta->setEnabled(!busy);
    m_reason->setEnabled(!busy);
}

void StockDialog::submit()
{
    if (m_busy)
        return;
    clearErrors();
    const StockChangeRequest change = request();
    if (const auto violation = change.validate()) {
        showError(violation->field, violation->text());
        return;
    }
    // The server judges "below zero" (the stock may have moved since this dialog opened).
    const QJsonObject sent = change.toJson();
    if (sent != m_sent || m_key.isEmpty()) {
        m_sent = sent;
        m_key = StockChangeJob::newKey();
    }
    setBusy(true);
    auto *job = new StockChangeJob(&m_client, m_item.id(), change, m_key, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *stock = static_cast<StockChangeJob *>(finished);
        setBusy(false);
        if (!stock->succeeded()) {
            showError(stock->wouldGoNegative() ? QStringLiteral("delta") : stock->error().field,
                      stock->errorText());
            return;
        }
        m_movement = stock->movement();
        m_updated = stock->item();
        accept();
    });
    job->start();
}

} // namespace loyalty
