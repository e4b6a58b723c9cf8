#include "ui/ExportLine.h"

#include "models/ListExporter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

namespace loyalty {

std::optional<QString> ExportLine::s_nextPath;

ExportLine::ExportLine(ListExporter *exporter, QAction *exportAction,
                       std::function<QString(int)> progressText, QWidget *parent)
    : QWidget(parent), m_exporter(exporter), m_exportAction(exportAction),
      m_progressText(std::move(progressText)), m_progress(new QLabel(this)), m_cancel(new QPushButton(this)),
      m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_message, 1);
    connect(m_cancel, &QPushButton::clicked, exporter, &ListExporter::cancel);
    connect(exporter, &ListExporter::progress, this, &ExportLine::update);
    connect(exporter, &ListExporter::finished, this, [this](bool ok, const QString &message) {
        update();
        m_message->setText(message);
        m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b;"));
        m_message->show();
    });
    retranslate();
    update();
}

void ExportLine::setNextPath(const QString &path)
{
    s_nextPath = path;
}

QString ExportLine::askPath(const QString &title, const QString &suggestedName)
{
    QString path;
    if (s_nextPath) {
        path = *s_nextPath;
        s_nextPath.reset();
    } else {
        const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, title, QDir(directory).filePath(suggestedName),
                                            tr("CSV files (*.csv)"));
    }
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path;
}

void ExportLine::clearMessage()
{
    m_message->hide();
    update();
}

void ExportLine::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    update();
}

void ExportLine::update()
{
    const bool running = m_exporter->isRunning();
    m_exportAction->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running)
        m_progress->setText(m_progressText(m_exporter->rowsWritten()));
}

void ExportLine::setNamePrefix(const QString &prefix)
{
    m_progress->setObjectName(prefix + QStringLiteral("ExportProgress"));
    m_cancel->setObjectName(prefix + QStringLiteral("ExportCancel"));
    m_message->setObjectName(prefix + QStringLiteral("ExportMessage"));
}

} // namespace loyalty
