#include "ui/TierOverrideDialog.h"

#include "client/TierOverrideJob.h"
#include "client/TiersJob.h"
#include "core/TierOverrideRequest.h"
#include "models/MemberRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

TierOverrideDialog::TierOverrideDialog(MemberRepository &members, const Member &member, QWidget *parent)
    : QDialog(parent), m_members(members), m_member(member), m_tier(new QComboBox(this)),
      m_reason(new QLineEdit(this)), m_until(new QDateEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tierOverrideDialog"));
    setWindowTitle(tr("Set tier by hand: %1 (%2)").arg(member.name, member.memberNo));
    const QLocale locale;
    auto *intro =
        new QLabel(tr("The tier holds until the day you choose, whatever the programme's rules say; "
                      "then the rules apply again. Now: %1.")
                       .arg(member.tier.name.text(locale.name())),
                   this);
    intro->setWordWrap(true);
    m_tier->setObjectName(QStringLiteral("tierBox"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(TierOverrideRequest::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("Why, ticket number…"));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    const QDate today = QDate::currentDate();
    m_until->setDateRange(today, today.addDays(TierOverrideRequest::kMaxDays));
    m_until->setDate(today.addMonths(3));
    m_error->setObjectName(QStringLiteral("tierOverrideError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Ends on:"), m_until);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set tier"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TierOverrideDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadTiers();
    m_tier->setFocus();
}

void TierOverrideDialog::loadTiers()
{
    m_tier->clear();
    m_tier->addItem(tr("Loading tiers…"), 0);
    m_tier->setEnabled(false);
    TiersJob *job = m_members.loadTiers();
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_tier->clear();
        if (!finished->succeeded()) {
            m_tier->addItem(tr("The tiers could not be loaded"), 0);
            showError(finished->errorText(), QStringLiteral("tierId"));
            return;
        }
        const QString localeName = QLocale().name();
        m_tier->addItem(tr("Choose a tier…"), 0);
        for (const TierRef &tier : static_cast<TiersJob *>(finished)->tiers())
            m_tier->addItem(tier.name.text(localeName), tier.id);
        // Preselect the tier above the member's own: the usual reason to set one by hand.
        int preselect = 0;
        for (int index = 1; index < m_tier->count(); ++index) {
            if (m_tier->itemData(index).toLongLong() == m_member.tier.id)
                preselect = index + 1 < m_tier->count() ? index + 1 : index;
        }
        m_tier->setCurrentIndex(preselect);
        m_tier->setEnabled(!m_busy);
        m_tiersLoaded = true;
    });
}

void TierOverrideDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_tier->setEnabled(!busy && m_tiersLoaded);
    m_reason->setEnabled(!busy);
    m_until->setEnabled(!busy);
}

void TierOverrideDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    QWidget *culprit = field == QLatin1String("reason")  ? static_cast<QWidget *>(m_reason)
                       : field == QLatin1String("until") ? static_cast<QWidget *>(m_until)
                                                         : static_cast<QWidget *>(m_tier);
    culprit->setFocus();
}

void TierOverrideDialog::submit()
{
    if (m_busy)
        return;
    TierOverrideRequest request;
    request.tierId = m_tier->currentData().toLongLong();
    request.reason = m_reason->text().trimmed();
    // The manual tier ends as the chosen day begins (local time).
    request.until = m_until->date().startOfDay().toUTC();
    if (const auto violation = request.validate(QDateTime::currentDateTimeUtc())) {
        showError(violation->text(), violation->field);
        return;
    }
    m_error->hide();
    setBusy(true);
    TierOverrideJob *job = m_members.setManualTier(m_member.id, request);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        setBusy(false);
        if (!finished->succeeded()) {
            showError(finished->errorText(), finished->error().field);
            return;
        }
        m_result = static_cast<TierOverrideJob *>(finished)->member();
        accept();
    });
}

} // namespace loyalty
