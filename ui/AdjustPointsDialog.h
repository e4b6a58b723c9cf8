#pragma once

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
class AdjustPointsDialog : public QDialog
{
    Q_OBJECT
public:
    AdjustPointsDialog(MemberRepository &members, const Member &member, QWidget *parent = nullptr);

    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    QByteArray idempotencyKey() const { return m_key; }
    // What the server posted (valid after accept(); id 0 when it waits for approval).
    LedgerEntry postedEntry() const { return m_posted; }
    bool awaitsApproval() const { return m_awaitsApproval; }

    void submit();

private:
    void setBusy(bool busy);
    void showError(const QString &message, const QString &field);

    MemberRepository &m_members;
    Member m_member;
    QByteArray m_key;
    QSpinBox *m_amount;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    LedgerEntry m_posted;
    bool m_awaitsApproval = false;
    bool m_busy = false;
};

} // namespace loyalty
