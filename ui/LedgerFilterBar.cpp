#include "ui/LedgerFilterBar.h"

#include "models/LedgerModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace loyalty {

namespace {
// A date edit at this date means "any date": it shows the special value text instead.
const QDate kAnyDate(2000, 1, 1);

constexpr LedgerKind kKinds[] = {LedgerKind::Earn,   LedgerKind::Spend,  LedgerKind::Adjust,
                                 LedgerKind::Expire, LedgerKind::Refund, LedgerKind::Reverse,
                                 LedgerKind::Forfeit};

void setUpDateEdit(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}
} // namespace

LedgerFilterBar::LedgerFilterBar(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_reset(new QToolButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ledgerFilterBar"));
    m_kind->setObjectName(QStringLiteral("ledgerKindFilter"));
    m_from->setObjectName(QStringLiteral("ledgerFromFilter"));
    m_to->setObjectName(QStringLiteral("ledgerToFilter"));
    m_reset->setObjectName(QStringLiteral("ledgerFilterReset"));
    m_message->setObjectName(QStringLiteral("ledgerFilterMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->hide();
    setUpDateEdit(m_from);
    setUpDateEdit(m_to);
    fillKinds();

    auto caption = [this](const char *text, QWidget *buddy) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_captions.append({label, text});
        return label;
    };
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(caption(QT_TR_NOOP("&Kind:"), m_kind));
    row->addWidget(m_kind);
    row->addSpacing(8);
    row->addWidget(caption(QT_TR_NOOP("Fro&m:"), m_from));
    row->addWidget(m_from);
    row->addWidget(caption(QT_TR_NOOP("T&o:"), m_to));
    row->addWidget(m_to);
    row->addWidget(m_reset);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    // Typing a date changes it a field at a time: apply once the user pauses.
    m_apply.setSingleShot(true);
    m_apply.setInterval(300);
    connect(&m_apply, &QTimer::timeout, this, &LedgerFilterBar::apply);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LedgerFilterBar::apply);
    connect(m_from, &QDateEdit::dateChanged, this, &LedgerFilterBar::scheduleApply);
    connect(m_to, &QDateEdit::dateChanged, this, &LedgerFilterBar::scheduleApply);
    connect(m_reset, &QToolButton::clicked, this, &LedgerFilterBar::reset);
    retranslate();
}

void LedgerFilterBar::fillKinds()
{
    const QVariant current = m_kind->currentData();
    const QSignalBlocker blocker(m_kind); // the same filter in other words: nothing to apply
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (LedgerKind kind : kKinds)
        m_kind->addItem(LedgerModel::kindText(kind), ledgerKindToString(kind));
    const int index = m_kind->findData(current);
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
}

void LedgerFilterBar::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    fillKinds();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("Any date"));
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_reset->setText(tr("Show all"));
    m_reset->setToolTip(tr("Clear the filter and show the whole ledger"));
}

LedgerFilter LedgerFilterBar::filter() const
{
    LedgerFilter filter;
    LedgerKind kind;
    if (ledgerKindFromString(m_kind->currentData().toString(), &kind))
        filter.kinds.append(kind);
    // Days as the user reads them (local), sent as UTC; "to" includes its day (the server's is exclusive).
    if (m_from->date() != kAnyDate)
        filter.from = m_from->date().startOfDay().toUTC();
    if (m_to->date() != kAnyDate)
        filter.to = m_to->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void LedgerFilterBar::reset()
{
    m_kind->setCurrentIndex(0);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    apply();
}

void LedgerFilterBar::setKind(LedgerKind kind)
{
    const int index = m_kind->findData(ledgerKindToString(kind));
    if (index < 0)
        return;
    m_kind->setCurrentIndex(index);
    apply();
}

void LedgerFilterBar::scheduleApply()
{
    m_apply.start();
}

void LedgerFilterBar::apply()
{
    m_apply.stop();
    const LedgerFilter wanted = filter();
    if (wanted.from.isValid() && wanted.to.isValid() && wanted.to <= wanted.from) {
        m_message->setText(tr("The end date is before the start date."));
        m_message->show();
        return;
    }
    m_message->hide();
    if (wanted == m_applied)
        return;
    m_applied = wanted;
    Q_EMIT filterChanged(wanted);
}

} // namespace loyalty
