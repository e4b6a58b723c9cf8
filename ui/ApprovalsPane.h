#pragma once

#include "core/Approval.h"
#include "core/DecisionRequest.h"
#include "core/UserInfo.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolBar;

namespace loyalty {

class ApprovalExporter;
class ApprovalModel;
class ConsoleServices;
class ExportLine;
class LedgerModel;

// Managers' Approvals pane: the queue of large adjustments (filtered by status, pending oldest first)
// and, for the selected one, the request, the member's recent ledger and the decision: a comment,
// Approve (after a confirmation naming amount and member) and Reject (which needs the comment). Each
// decision carries its own Idempotency-Key; the server's refusals (the requester deciding, a member
// frozen since) are shown next to the buttons. The buttons say in their tooltip why they are disabled.
class ApprovalsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsPane(ConsoleServices &services, QWidget *parent = nullptr);

    void setUser(const UserInfo &user);
    // How many adjustments wait on the server (the badge's count; -1 unknown). When the pending queue
    // shown differs, the status line says so, and showing the pane again reads the queue again.
    void setPendingCount(int count);
    // Loads the queue again (F5); the first call loads it at all.
    void refresh();
    // Exports every approval of the status shown (Ctrl+E), progress and Cancel in the pane.
    void exportCsv();
    // The buttons' actions; each does nothing while its button is disabled.
    void approveSelected();
    void rejectSelected();
    void retranslate();

    // The approval the detail shows (id 0 when none).
    Approval shownApproval() const { return m_shown; }

    ApprovalModel *listModel() const { return m_model; }
    LedgerModel *ledgerModel() const { return m_ledger; }
    ApprovalExporter *exporter() const { return m_exporter; }
    QTableView *listView() const { return m_list; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QComboBox *statusCombo() const { return m_statusCombo; }
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *decisionMessageLabel() const { return m_decisionMessage; }
    QLabel *detailTitleLabel() const { return m_detailTitle; }
    QLabel *balanceLabel() const { return m_balance; }
    QLabel *statusLine() const { return m_statusLine; }
    QAction *exportAction() const { return m_exportAction; }
    ExportLine *exportLine() const { return m_exportLine; }

Q_SIGNALS:
    // The server took a decision: the queue was reloaded; the badge should ask again.
    void decided(const loyalty::Approval &approval);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillStatusCombo();
    void showApproval(const Approval &approval);
    void clearDetail();
    void updateDetailTexts();
    void updateBalance();
    void updateButtons();
    void updateStatusLine();
    bool queueIsStale() const;
    // Why no decision can be sent now; empty when it can.
    QString decisionBlocker() const;
    void send(const DecisionRequest &request);
    void showDecisionMessage(const QString &text, bool error);
    QByteArray keyFor(const DecisionRequest &request);

    ConsoleServices &m_services;
    UserInfo m_user;
    ApprovalModel *m_model;
    LedgerModel *m_ledger;
    ApprovalExporter *m_exporter;
    QToolBar *m_toolbar;
    QComboBox *m_statusCombo;
    QLabel *m_statusCaption;
    QAction *m_exportAction;
    ExportLine *m_exportLine = nullptr;
    QTableView *m_list;
    QLabel *m_statusLine;
    QLabel *m_detailTitle;
    QLabel *m_detailMeta;
    QLabel *m_decision;
    QLabel *m_balance;
    QLabel *m_historyCaption;
    QTableView *m_ledgerView;
    QLabel *m_commentCaption;
    QLineEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_decisionMessage;
    Approval m_shown;
    bool m_loaded = false;
    int m_pendingOnServer = -1;
    bool m_busy = false;
    // The decision last sent and its key: sending the same decision again (after a dropped connection or a
    // refusal) reuses the key, so the server applies it once; another decision gets a new key.
    qint64 m_keyApproval = 0;
    DecisionRequest m_keyRequest;
    QByteArray m_key;
};

} // namespace loyalty
