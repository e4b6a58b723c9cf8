#pragma once

#include "core/Member.h"
#include "ui/ReasonDialog.h"

namespace loyalty {

class ApiJob;
class MemberRepository;

// Freeze, unfreeze, blacklist or lift a blacklisting, with a required reason. Blacklisting asks once more
// (through Prompt), naming the balance that will be forfeited and the pending points that will be
// cancelled, and sends one idempotency key per dialog so a retry forfeits once. Lifting keeps the
// server's sentence that nothing was restored (serverMessage()).
class MemberStatusDialog : public ReasonDialog
{
    Q_OBJECT
public:
    enum class Change
    {
        Freeze,
        Unfreeze,
        Blacklist,
        LiftBlacklist
    };

    MemberStatusDialog(MemberRepository &members, const Member &member, Change change,
                       QWidget *parent = nullptr);

    Change change() const { return m_change; }
    QByteArray idempotencyKey() const { return m_key; }
    // After accept(): the member as the server now has it, and what blacklisting or lifting reported.
    Member member() const { return m_result; }
    qint64 forfeitedPoints() const { return m_forfeited; }
    int cancelledPending() const { return m_cancelledPending; }
    QString serverMessage() const { return m_serverMessage; }

    void submit() override;

private:
    bool confirmBlacklist();
    void onJobFinished(ApiJob *job);

    MemberRepository &m_members;
    Member m_member;
    Change m_change;
    QByteArray m_key;
    Member m_result;
    qint64 m_forfeited = 0;
    int m_cancelledPending = 0;
    QString m_serverMessage;
};

} // namespace loyalty
