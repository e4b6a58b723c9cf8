#include "ui/AddNoteDialog.h"

#include "client/AddNoteJob.h"
#include "core/NoteRequest.h"
#include "models/MemberRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace loyalty {

AddNoteDialog::AddNoteDialog(MemberRepository &members, qint64 memberId, const QString &memberName,
                             QWidget *parent)
    : QDialog(parent), m_members(members), m_memberId(memberId), m_text(new QPlainTextEdit(this)),
      m_counter(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addNoteDialog"));
    setWindowTitle(tr("Add note: %1").arg(memberName));
    auto *caption = new QLabel(tr("&Note (seen by every agent who opens this member; it cannot be edited "
                                  "later):"),
                               this);
    caption->setWordWrap(true);
    caption->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("noteCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_error->setObjectName(QStringLiteral("addNoteError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(480, 280);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add note"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Add the note (Ctrl+Enter)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddNoteDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AddNoteDialog::updateCounter);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &AddNoteDialog::submit);
    updateCounter();
    m_text->setFocus();
}

void AddNoteDialog::updateCounter()
{
    const qsizetype left = NoteRequest::kMaxLength - m_text->toPlainText().size();
    m_counter->setText(tr("%1 characters left").arg(QLocale().toString(qint64(left))));
    m_counter->setStyleSheet(left < 0 ? QStringLiteral("color: #c0392b;") : QString());
}

void AddNoteDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_text->setReadOnly(busy);
}

void AddNoteDialog::submit()
{
    if (m_busy)
        return;
    const NoteRequest request{m_text->toPlainText().trimmed()};
    if (const auto violation = request.validate()) {
        m_error->setText(violation->text());
        m_error->show();
        m_text->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    AddNoteJob *job = m_members.addNote(m_memberId, request);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        setBusy(false);
        if (!finished->succeeded()) {
            m_error->setText(finished->errorText());
            m_error->show();
            m_text->setFocus();
            return;
        }
        m_note = static_cast<AddNoteJob *>(finished)->note();
        accept();
    });
}

} // namespace loyalty
