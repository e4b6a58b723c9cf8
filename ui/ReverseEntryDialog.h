#pragma once

#include "core/LedgerEntry.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class MemberRepository;

// Reverse one ledger entry: says what will be taken back, asks for a reason and a note, posts once
// (one idempotency key per dialog) and shows the server's refusal (already reversed, points already
// spent) inline.
class ReverseEntryDialog : public QDialog
{
    Q_OBJECT
public:
    ReverseEntryDialog(MemberRepository &members, const LedgerEntry &entry, QWidget *parent = nullptr);

    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    LedgerEntry reversal() const { return m_reversal; }

    void submit();

private:
    MemberRepository &m_members;
    LedgerEntry m_entry;
    QByteArray m_key;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    LedgerEntry m_reversal;
    bool m_busy = false;
};

} // namespace loyalty
