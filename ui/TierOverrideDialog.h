#pragma once

#include "core/Member.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class MemberRepository;

// Sets a member's tier by hand until a date: the tier from the published ladder (GET /v1/tiers), a
// reason and the day it ends. TierOverrideRequest::validate() speaks inline next to the field at fault
// before anything is sent; the server's refusal appears the same way.
class TierOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    TierOverrideDialog(MemberRepository &members, const Member &member, QWidget *parent = nullptr);

    QComboBox *tierBox() const { return m_tier; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDateEdit *untilEdit() const { return m_until; }
    QLabel *errorLabel() const { return m_error; }
    // True once the ladder has arrived (the tier box is filled and enabled).
    bool tiersLoaded() const { return m_tiersLoaded; }
    // After accept(): the member with its manual tier.
    Member member() const { return m_result; }

    void submit();

private:
    void loadTiers();
    void setBusy(bool busy);
    void showError(const QString &message, const QString &field);

    MemberRepository &m_members;
    Member m_member;
    QComboBox *m_tier;
    QLineEdit *m_reason;
    QDateEdit *m_until;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Member m_result;
    bool m_tiersLoaded = false;
    bool m_busy = false;
};

} // namespace loyalty
