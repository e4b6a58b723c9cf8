#pragma once

#include "core/MemberNote.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace loyalty {

class MemberRepository;

// Adds a note to a member (notes are never edited afterwards): the text, a count of what is left of the
// 2,000 characters, NoteRequest::validate() and the server's refusal inline. Ctrl+Enter sends.
class AddNoteDialog : public QDialog
{
    Q_OBJECT
public:
    AddNoteDialog(MemberRepository &members, qint64 memberId, const QString &memberName,
                  QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *counterLabel() const { return m_counter; }
    // After accept(): the note as the server stored it.
    MemberNote note() const { return m_note; }

    void submit();

private:
    void updateCounter();
    void setBusy(bool busy);

    MemberRepository &m_members;
    qint64 m_memberId;
    QPlainTextEdit *m_text;
    QLabel *m_counter;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    MemberNote m_note;
    bool m_busy = false;
};

} // namespace loyalty
