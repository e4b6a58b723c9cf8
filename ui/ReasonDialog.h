#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace loyalty {

// What every "change this member, and say why" dialog shares: a sentence saying what will happen, a
// required reason, the refusal inline under it, and one request at a time (a double click sends once).
// Subclasses validate and send in submit(), and call finishFailed() or accept() when the answer comes.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReasonDialog(QWidget *parent = nullptr);

    QLabel *introLabel() const { return m_intro; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;

    virtual void submit() = 0;

protected:
    void setIntro(const QString &text);
    void setOkText(const QString &text);
    void setReasonMaxLength(int length);
    QString reason() const;
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    void showError(const QString &message);

private:
    QLabel *m_intro;
    QLineEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace loyalty
