#include "ui/ReverseEntryDialog.h"

#include "client/ReverseEntryJob.h"
#include "core/AdjustmentReason.h"
#include "core/LedgerReason.h"
#include "core/ReversalRequest.h"
#include "models/LedgerModel.h"
#include "models/MemberRepository.h"

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

ReverseEntryDialog::ReverseEntryDialog(MemberRepository &members, const LedgerEntry &entry, QWidget *parent)
    : QDialog(parent), m_members(members), m_entry(entry),
      m_key(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)), m_reason(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reverseEntryDialog"));
    setWindowTitle(tr("Reverse ledger entry"));
    const QLocale locale;
    const QString amount = entry.amount > 0 ? QStringLiteral("+") + locale.toString(entry.amount)
                                            : locale.toString(entry.amount);
    auto *what = new QLabel(tr("%1 on %2: %3 points (%4). The reversal takes back exactly this amount.")
                                .arg(LedgerModel::kindText(entry.kind),
                                     locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat),
                                     amount, LedgerReason::label(entry.reason)),
                            this);
    what->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonBox"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : AdjustmentReason::codes())
        m_reason->addItem(AdjustmentReason::label(code), code);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_error->setObjectName(QStringLiteral("reverseError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reverse entry"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReverseEntryDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

void ReverseEntryDialog::submit()
{
    if (m_busy)
        return;
    ReversalRequest request{m_reason->currentData().toString(), m_note->text().trimmed()};
    if (const auto violation = request.validate()) {
        m_error->setText(violation->text());
        m_error->show();
        (violation->field == QLatin1String("note") ? static_cast<QWidget *>(m_note) : m_reason)->setFocus();
        return;
    }
    m_error->hide();
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    ReverseEntryJob *job = m_members.reverseEntry(m_entry.id, request, m_key);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!finished->succeeded()) {
            // The same key is kept: a retry after a dropped connection cannot reverse twice.
            m_error->setText(finished->errorText());
            m_error->show();
            return;
        }
        m_reversal = static_cast<ReverseEntryJob *>(finished)->reversal();
        accept();
    });
}

} // namespace loyalty
