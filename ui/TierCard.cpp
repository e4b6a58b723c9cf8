#include "ui/TierCard.h"

#include "models/TierMetricText.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <limits>

namespace loyalty {

namespace {
QString dayText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

TierCard::TierCard(QWidget *parent)
    : QGroupBox(parent), m_name(new QLabel(this)), m_period(new QLabel(this)), m_manual(new QLabel(this)),
      m_nextText(new QLabel(this)), m_nextBar(new QProgressBar(this)), m_retainText(new QLabel(this)),
      m_retainBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("tierCard"));
    m_name->setObjectName(QStringLiteral("tierName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_period->setObjectName(QStringLiteral("tierPeriod"));
    m_manual->setObjectName(QStringLiteral("tierManual"));
    m_manual->setWordWrap(true);
    m_manual->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_nextText->setObjectName(QStringLiteral("tierNextText"));
    m_nextBar->setObjectName(QStringLiteral("tierNextBar"));
    m_retainText->setObjectName(QStringLiteral("tierRetainText"));
    m_retainBar->setObjectName(QStringLiteral("tierRetainBar"));
    for (QLabel *label : {m_period, m_nextText, m_retainText})
        label->setWordWrap(true);
    for (QProgressBar *bar : {m_nextBar, m_retainBar}) {
        bar->setTextVisible(true);
        bar->setMaximumHeight(bar->fontMetrics().height() + 4);
    }
    m_nextText->setBuddy(m_nextBar);
    m_retainText->setBuddy(m_retainBar);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(3);
    layout->addWidget(m_name);
    layout->addWidget(m_period);
    layout->addWidget(m_manual);
    layout->addWidget(m_nextText);
    layout->addWidget(m_nextBar);
    layout->addWidget(m_retainText);
    layout->addWidget(m_retainBar);
    layout->addStretch();
    retranslate();
}

void TierCard::retranslate()
{
    setTitle(tr("Tier"));
    if (m_hasMember)
        setMember(m_member);
    else
        clear();
}

void TierCard::clear()
{
    m_hasMember = false;
    m_member = {};
    for (QLabel *label : {m_name, m_period, m_manual, m_nextText, m_retainText})
        label->clear();
    for (QWidget *widget : {static_cast<QWidget *>(m_manual), static_cast<QWidget *>(m_nextText),
                            static_cast<QWidget *>(m_nextBar), static_cast<QWidget *>(m_retainText),
                            static_cast<QWidget *>(m_retainBar)})
        widget->hide();
}

void TierCard::showGoal(QProgressBar *bar, const TierProgress::Goal &goal)
{
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    const qint64 target = qBound<qint64>(1, goal.target, kMax);
    bar->setRange(0, int(target));
    bar->setValue(int(qBound<qint64>(0, goal.current, target)));
    //: A progress bar's text: so far / needed, e.g. "1,200 / 2,000" or "¥1,200.00 / ¥2,000.00"
    bar->setFormat(tr("%1 / %2").arg(TierMetricText::valueText(goal.metric, goal.current),
                                     TierMetricText::valueText(goal.metric, goal.target)));
}

void TierCard::setMember(const Member &member)
{
    m_member = member;
    m_hasMember = true;
    const QLocale locale;
    const QString tierName = member.tier.name.text(locale.name());
    m_name->setText(tierName);

    if (member.tierSince.isValid() && member.tierUntil.isValid() && !member.manualTier)
        m_period->setText(
            tr("Since %1, period ends %2").arg(dayText(member.tierSince), dayText(member.tierUntil)));
    else if (member.tierSince.isValid())
        m_period->setText(tr("Since %1").arg(dayText(member.tierSince)));
    else
        m_period->clear();
    m_period->setVisible(!m_period->text().isEmpty());

    if (member.manualTier) {
        const ManualTier &manual = *member.manualTier;
        //: The tier was set by hand: until (date), by (user): reason
        m_manual->setText(
            tr("Set by hand until %1 by %2: %3").arg(dayText(manual.until), manual.actor, manual.reason));
        m_manual->show();
    } else {
        m_manual->clear();
        m_manual->hide();
    }

    const TierProgress &progress = member.tierProgress;
    m_nextText->show();
    if (progress.nextTier) {
        const QString next = progress.nextTier->name.text(locale.name());
        const qint64 remaining = progress.toNext.remaining();
        if (remaining > 0)
            // In the goal's own terms: "Spend ¥800.00 more to reach Gold", "3 more orders to reach Gold".
            m_nextText->setText(TierMetricText::goalText(progress.toNext.metric, remaining, next));
        else
            m_nextText->setText(
                tr("Reached the bar for %1: the upgrade follows at the next evaluation").arg(next));
        showGoal(m_nextBar, progress.toNext);
        m_nextBar->show();
    } else {
        m_nextText->setText(tr("Top tier: there is no tier above %1").arg(tierName));
        m_nextBar->hide();
    }

    if (progress.retainApplies) {
        const qint64 remaining = progress.toRetain.remaining();
        const QString by = dayText(progress.retainBy);
        if (remaining > 0)
            m_retainText->setText(
                TierMetricText::retainText(progress.toRetain.metric, remaining, by, tierName));
        else
            m_retainText->setText(
                tr("Keeps %1: the retention bar is met for the period ending %2").arg(tierName, by));
        showGoal(m_retainBar, progress.toRetain);
        m_retainText->show();
        m_retainBar->show();
    } else {
        m_retainText->hide();
        m_retainBar->hide();
    }
}

} // namespace loyalty
