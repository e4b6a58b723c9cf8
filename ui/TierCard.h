#pragma once

#include "core/Member.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;

namespace loyalty {

// A member's tier at a glance: the tier's name in the UI language, its period (or who set it by hand,
// until when and why), and two bars from what the server reports: toward the next tier (none at the top)
// and toward keeping this one by the end of the period (none in the lowest tier). Each goal is said in
// its metric's terms: money in yuan ("再消费 ¥800.00 升至金卡"), orders, tasks, minutes, points or score.
class TierCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit TierCard(QWidget *parent = nullptr);

    void setMember(const Member &member);
    void clear();
    void retranslate();

    QLabel *nameLabel() const { return m_name; }
    QLabel *periodLabel() const { return m_period; }
    // Shown only while the tier is set by hand: "Set by hand until … by …: reason".
    QLabel *manualLabel() const { return m_manual; }
    QLabel *nextLabel() const { return m_nextText; }
    QProgressBar *nextBar() const { return m_nextBar; }
    QLabel *retainLabel() const { return m_retainText; }
    QProgressBar *retainBar() const { return m_retainBar; }

private:
    static void showGoal(QProgressBar *bar, const TierProgress::Goal &goal);

    Member m_member;
    bool m_hasMember = false;
    QLabel *m_name;
    QLabel *m_period;
    QLabel *m_manual;
    QLabel *m_nextText;
    QProgressBar *m_nextBar;
    QLabel *m_retainText;
    QProgressBar *m_retainBar;
};

} // namespace loyalty
