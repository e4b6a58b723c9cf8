#pragma once

#include "core/Member.h"
#include "ui/ReasonDialog.h"

namespace loyalty {

class MemberRepository;

// Ends a member's manual tier now, with a reason; the tier engine's tier applies again.
class EndManualTierDialog : public ReasonDialog
{
    Q_OBJECT
public:
    EndManualTierDialog(MemberRepository &members, const Member &member, QWidget *parent = nullptr);

    Member member() const { return m_result; }
    void submit() override;

private:
    MemberRepository &m_members;
    Member m_member;
    Member m_result;
};

} // namespace loyalty
