#pragma once

#include "core/Member.h"

#include <QLabel>

namespace loyalty {

// A strip that cannot be missed when a member is frozen or blacklisted: the status in words, since when,
// and why. Hidden for an active member.
class StatusBadge : public QLabel
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setMember(const Member &member);
    void clear();
    void retranslate();
    MemberStatus status() const { return m_status; }

private:
    Member m_member;
    MemberStatus m_status = MemberStatus::Active;
};

} // namespace loyalty
