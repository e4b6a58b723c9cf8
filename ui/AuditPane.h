#pragma once

#include "core/AuditEntry.h"
#include "core/AuditFilter.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolBar;

namespace loyalty {

class AuditDiffModel;
class AuditExporter;
class ExportLine;
class AuditModel;
class ConsoleServices;

// Managers' and administrators' Audit pane: every write anyone made, filtered by user, entity, action
// and date on the server and paged in lazily; the selected row's who/when/where and its before and after
// side by side with the changed fields highlighted; export of all filtered rows to CSV, with progress
// and Cancel in the pane.
class AuditPane : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPane(ConsoleServices &services, QWidget *parent = nullptr);

    // Reads the filter bar and shows the matching rows from the first page (Apply, Enter).
    void applyFilter();
    // Loads the last applied filter again (F5); the filter bar's if none was applied yet.
    void refresh();
    // Asks where to save (or takes the test hook's path) and exports every row of the applied filter
    // (Ctrl+E). Does nothing while an export runs.
    void exportCsv();
    void cancelExport();
    void retranslate();

    // Test hook, like Prompt::setNextAnswer: the next exportCsv() uses this path instead of a file
    // dialog; an empty path behaves like a dialog the user cancelled.
    static void setNextExportPath(const QString &path);

    // The filter the bar describes now (dates are local days; "to" includes its whole day).
    AuditFilter filterFromBar() const;
    AuditModel *listModel() const { return m_model; }
    AuditDiffModel *diffModel() const { return m_diff; }
    AuditExporter *exporter() const { return m_exporter; }
    QTableView *listView() const { return m_list; }
    QTableView *diffView() const { return m_diffView; }
    QLineEdit *userEdit() const { return m_userEdit; }
    QComboBox *entityCombo() const { return m_entityCombo; }
    QLineEdit *entityIdEdit() const { return m_entityIdEdit; }
    QComboBox *actionCombo() const { return m_actionCombo; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QPushButton *applyButton() const { return m_apply; }
    QAction *exportAction() const { return m_exportAction; }
    QPushButton *exportCancelButton() const;
    QLabel *exportProgressLabel() const;
    QLabel *exportMessageLabel() const;
    QLabel *filterMessageLabel() const { return m_filterMessage; }
    QLabel *statusLine() const { return m_statusLine; }
    QLabel *detailTitleLabel() const { return m_detailTitle; }
    QLabel *detailMetaLabel() const { return m_detailMeta; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillCombos();
    void showEntry(const AuditEntry &entry);
    void clearDetail();
    void updateStatusLine();

    ConsoleServices &m_services;
    AuditModel *m_model;
    AuditDiffModel *m_diff;
    AuditExporter *m_exporter;
    QWidget *m_filterBar;
    QLineEdit *m_userEdit;
    QComboBox *m_entityCombo;
    QLineEdit *m_entityIdEdit;
    QComboBox *m_actionCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_apply;
    QLabel *m_filterMessage;
    QToolBar *m_toolbar;
    QAction *m_exportAction;
    ExportLine *m_exportLine = nullptr;
    QTableView *m_list;
    QLabel *m_statusLine;
    QLabel *m_detailTitle;
    QLabel *m_detailMeta;
    QTableView *m_diffView;
    QLabel *m_detailNote;
    QList<QPair<QLabel *, const char *>> m_captions;
    AuditEntry m_shown;
    bool m_loaded = false;
};

} // namespace loyalty
