#pragma once

#include "client/RedemptionRecord.h"
#include "client/RedemptionsJob.h"
#include "core/UserInfo.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolBar;

namespace loyalty {

class ConsoleServices;
class ExportLine;
class RedemptionExporter;
class RedemptionModel;
class RedemptionTimelineModel;

// Support agents' Redemptions pane: a filter bar (status, item, member by id or number, placed between two
// dates) over the queue, newest first; the selected redemption's summary, timeline and after-sales cases
// beside it, with the actions the server offers for it (issue a code or mark fulfilled, ship with carrier
// and tracking number, complete, cancel with a reason, open a case and resolve it). Actions need
// redemptions.handle; with mall.read alone the queue is read-only and the buttons say why. "Open member"
// (or a double click on the member) asks the main window for the member's 360 view.
class RedemptionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit RedemptionsPane(ConsoleServices &services, QWidget *parent = nullptr);

    void setUser(const UserInfo &user);
    // Loads the queue again with the filter bar's values (F5); the first call loads it at all, and the
    // item chooser's list with it.
    void refresh();
    // Exports every redemption the filter lets through (Ctrl+E), progress and Cancel in the pane.
    void exportCsv();
    // Reads the filter bar and shows what it lets through; a member or item that cannot be read is said
    // under the bar, and the queue stays as it was.
    void applyFilter();
    void retranslate();

    // The buttons' actions; each does nothing while its button is disabled.
    void fulfilSelected();
    void shipSelected();
    void completeSelected();
    void cancelSelected();
    void openCaseOnSelected();
    void resolveSelectedCase();
    void openSelectedMember();

    // The redemption the detail shows (id 0 when none); detailed once its timeline arrived.
    RedemptionRecord shownRedemption() const { return m_shown; }
    // The case "Resolve case…" acts on: the one selected in the cases list, else the first open one.
    AfterSalesCase caseToResolve() const;

    RedemptionModel *listModel() const { return m_model; }
    RedemptionTimelineModel *timelineModel() const { return m_timeline; }
    RedemptionExporter *exporter() const { return m_exporter; }
    QTableView *listView() const { return m_list; }
    QTableView *timelineView() const { return m_timelineView; }
    QTableWidget *casesView() const { return m_casesView; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *itemFilter() const { return m_itemFilter; }
    QLineEdit *memberFilter() const { return m_memberFilter; }
    QCheckBox *dateFilter() const { return m_dateFilter; }
    QDateEdit *fromDate() const { return m_fromDate; }
    QDateEdit *toDate() const { return m_toDate; }
    QLabel *filterError() const { return m_filterError; }
    QLabel *statusLine() const { return m_statusLine; }
    QLabel *detailTitleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *actionMessageLabel() const { return m_actionMessage; }
    QPushButton *fulfilButton() const { return m_fulfil; }
    QPushButton *shipButton() const { return m_ship; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openCaseButton() const { return m_openCase; }
    QPushButton *resolveCaseButton() const { return m_resolveCase; }
    QPushButton *openMemberButton() const { return m_openMember; }
    QAction *exportAction() const { return m_exportAction; }
    ExportLine *exportLine() const { return m_exportLine; }

Q_SIGNALS:
    // "Open member": show this member's 360 view in the Members pane.
    void memberRequested(qint64 memberId);
    // The server changed a redemption from here (an action, a case): the row and the detail show it.
    void redemptionChanged(const loyalty::RedemptionRecord &redemption);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillStatusFilter();
    void loadItems();
    void setFilter(const RedemptionsJob::Filter &filter);
    void showFilterError(const QString &text);
    void showRedemption(const RedemptionRecord &record);
    void loadDetail(qint64 redemptionId);
    void clearDetail();
    void updateDetailTexts();
    void fillCases();
    void updateButtons();
    void updateStatusLine();
    // Why no action can be sent now; empty when one can.
    QString actionBlocker() const;
    void showActionMessage(const QString &text, bool error);
    // A redemption the server changed: its row, the detail (timeline read again) and the signal.
    void applyResult(const RedemptionRecord &record, const QString &message);
    void runAction(RedemptionAction action);

    ConsoleServices &m_services;
    UserInfo m_user;
    RedemptionModel *m_model;
    RedemptionTimelineModel *m_timeline;
    RedemptionExporter *m_exporter;
    QToolBar *m_toolbar;
    QLabel *m_statusCaption;
    QComboBox *m_statusFilter;
    QLabel *m_itemCaption;
    QComboBox *m_itemFilter;
    QLabel *m_memberCaption;
    QLineEdit *m_memberFilter;
    QCheckBox *m_dateFilter;
    QDateEdit *m_fromDate;
    QLabel *m_toCaption;
    QDateEdit *m_toDate;
    QAction *m_exportAction;
    ExportLine *m_exportLine = nullptr;
    QLabel *m_filterError;
    QTableView *m_list;
    QLabel *m_statusLine;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_fulfil;
    QPushButton *m_ship;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    QPushButton *m_openMember;
    QLabel *m_actionMessage;
    QLabel *m_timelineCaption;
    QTableView *m_timelineView;
    QLabel *m_casesCaption;
    QTableWidget *m_casesView;
    QPushButton *m_openCase;
    QPushButton *m_resolveCase;
    RedemptionRecord m_shown;
    qint64 m_reselect = 0;      // selected again when the reloaded queue brings it (F5)
    qint64 m_detailRequest = 0; // the redemption whose detail is on its way (older answers are dropped)
    int m_filterGeneration = 0; // a member lookup answering after the filter changed again is dropped
    bool m_loaded = false;
    bool m_itemsLoaded = false;
    bool m_busy = false;
};

} // namespace loyalty
