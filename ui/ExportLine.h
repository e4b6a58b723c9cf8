#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace loyalty {

class ListExporter;

// The line a pane shows while it exports a list: progress and Cancel while running, then where the file
// went or why it failed. Exports never block the pane in a modal.
class ExportLine : public QWidget
{
    Q_OBJECT
public:
    // `progressText` words the progress for this list ("Exporting members… 300 rows written").
    ExportLine(ListExporter *exporter, QAction *exportAction, std::function<QString(int)> progressText,
               QWidget *parent = nullptr);

    // Names its parts `<prefix>ExportProgress`, `<prefix>ExportCancel` and `<prefix>ExportMessage` (tests
    // find them by name).
    void setNamePrefix(const QString &prefix);
    QLabel *progressLabel() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }

    // Asks where to save (a .csv suffix is added when missing); empty when the user changed their mind.
    QString askPath(const QString &title, const QString &suggestedName);
    // Test hook, like Prompt::setNextAnswer: the next askPath() returns this instead of opening a dialog.
    static void setNextPath(const QString &path);

    void clearMessage();
    void retranslate();

private:
    void update();

    ListExporter *m_exporter;
    QAction *m_exportAction;
    std::function<QString(int)> m_progressText;
    QLabel *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
    static std::optional<QString> s_nextPath;
};

} // namespace loyalty
