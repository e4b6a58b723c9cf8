#include "ui/StatusBadge.h"

#include "models/MemberListModel.h"

#include <QLocale>

namespace loyalty {

StatusBadge::StatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void StatusBadge::clear()
{
    m_member = {};
    m_status = MemberStatus::Active;
    QLabel::clear();
    hide();
}

void StatusBadge::retranslate()
{
    if (m_status != MemberStatus::Active)
        setMember(m_member);
}

void StatusBadge::setMember(const Member &member)
{
    m_member = member;
    m_status = member.status;
    if (member.status == MemberStatus::Active) {
        QLabel::clear();
        hide();
        return;
    }
    const bool frozen = member.status == MemberStatus::Frozen;
    setStyleSheet(frozen ? QStringLiteral("QLabel { background: #d6eaf8; color: #1b4f72; border: 1px solid "
                                          "#5dade2; border-radius: 4px; padding: 4px 8px; }")
                         : QStringLiteral("QLabel { background: #922b21; color: white; border-radius: 4px; "
                                          "padding: 4px 8px; }"));
    const QString status = MemberListModel::statusText(member.status).toHtmlEscaped();
    const QString when =
        member.statusChangedAt.isValid()
            ? QLocale().toString(member.statusChangedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()
            : QString();
    const QString consequence = frozen ? tr("cannot earn or spend points")
                                       : tr("balance forfeited, excluded from tasks and the mall");
    QString text;
    if (!when.isEmpty())
        //: Status badge: status (bold), since (time), what it means
        text = tr("<b>%1</b> since %2 — %3").arg(status, when, consequence.toHtmlEscaped());
    else
        text = tr("<b>%1</b> — %2").arg(status, consequence.toHtmlEscaped());
    if (!member.statusReason.isEmpty())
        //: Status badge, second line: the reason given for the status
        text += QStringLiteral("<br>") + tr("Reason: %1").arg(member.statusReason.toHtmlEscaped());
    setText(text);
    show();
}

} // namespace loyalty
