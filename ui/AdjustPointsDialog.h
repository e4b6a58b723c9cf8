#pragma once

#include "core/Approval.h"
#include "core/LedgerEntry.h"
#include "core/Member.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace loyalty {

class MemberRepository;

// Adjust a member's points: amount (+/-), a reason from the list and a note. One idempotency key per dialog,
// so a double click or a retry after a dropped connection posts once. Refusals appear inline by their field.
// Above the approval threshold the server posts nothing and opens an approval instead: the dialog stays
// open and says so in words (amount, request number, balance unchanged); however it is closed then, it
// counts as accepted, since the request reached the server.
class AdjustPointsDialog : public QDialog
{
    Q_OBJECT
public:
    AdjustPointsDialog(MemberRepository &members, const Member &member, QWidget *parent = nullptr);

    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    // The sentence about an adjustment that waits for approval; hidden otherwise.
    QLabel *noticeLabel() const { return m_notice; }
    QByteArray idempotencyKey() const { return m_key; }
    // What the server posted (valid after accept(); id 0 when it waits for approval).
    LedgerEntry postedEntry() const { return m_posted; }
    bool awaitsApproval() const { return m_awaitsApproval; }
    // The approval the server opened (valid when awaitsApproval()).
    Approval approval() const { return m_approval; }

    void submit();
    void reject() override;

private:
    void setBusy(bool busy);
    void showError(const QString &message, const QString &field);
    void showAwaitingApproval(const Approval &approval);

    MemberRepository &m_members;
    Member m_member;
    QByteArray m_key;
    QSpinBox *m_amount;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_preview;
    QLabel *m_error;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
    LedgerEntry m_posted;
    Approval m_approval;
    bool m_awaitsApproval = false;
    bool m_busy = false;
};

} // namespace loyalty
