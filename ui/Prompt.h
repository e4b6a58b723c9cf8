#pragma once

#include <QMessageBox>

#include <optional>

namespace loyalty {

// Confirmation questions go through here so GUI tests can answer them without a modal loop:
// Prompt::setNextAnswer(QMessageBox::Yes) before the action that asks.
class Prompt
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last question asked, so a test can check what it named.
    static QString lastText() { return s_lastText; }

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace loyalty
