#include "ui/BalanceStrip.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace loyalty {

BalanceStrip::BalanceStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("balanceStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_available = addTile(QT_TR_NOOP("Available"), QStringLiteral("balanceLabel"), true);
    m_pending = addTile(QT_TR_NOOP("Pending"), QStringLiteral("pendingLabel"), false);
    m_expiring = addTile(QT_TR_NOOP("Expiring in 30 days"), QStringLiteral("expiringLabel"), false);
    m_lifetime = addTile(QT_TR_NOOP("Lifetime earned"), QStringLiteral("lifetimeLabel"), false);
    retranslate();
}

QLabel *BalanceStrip::addTile(const char *caption, const QString &objectName, bool emphasised)
{
    auto *tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    auto *tileLayout = new QVBoxLayout(tile);
    tileLayout->setContentsMargins(8, 4, 8, 4);
    tileLayout->setSpacing(0);
    auto *captionLabel = new QLabel(tile);
    QFont captionFont = captionLabel->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
    captionLabel->setFont(captionFont);
    auto *figure = new QLabel(tile);
    figure->setObjectName(objectName);
    figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = figure->font();
    font.setPointSizeF(font.pointSizeF() * (emphasised ? 1.6 : 1.3));
    font.setBold(emphasised);
    figure->setFont(font);
    tileLayout->addWidget(captionLabel);
    tileLayout->addWidget(figure);
    m_captions.append({captionLabel, caption});
    static_cast<QHBoxLayout *>(layout())->addWidget(tile, 1);
    return figure;
}

void BalanceStrip::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    if (m_hasMember)
        setMember(m_member);
}

void BalanceStrip::clear()
{
    m_hasMember = false;
    m_member = {};
    for (QLabel *label : {m_available, m_pending, m_expiring, m_lifetime})
        label->clear();
}

void BalanceStrip::setMember(const Member &member)
{
    m_member = member;
    m_hasMember = true;
    const QLocale locale;
    m_available->setText(locale.toString(member.balance));
    m_pending->setText(locale.toString(member.pendingPoints));
    m_expiring->setText(locale.toString(member.expiringPoints30d));
    m_expiring->setStyleSheet(member.expiringPoints30d > 0 ? QStringLiteral("color: #c0392b;") : QString());
    m_lifetime->setText(locale.toString(member.lifetimePoints));
}

} // namespace loyalty
