#pragma once

#include "client/ApiJob.h"
#include "core/ReportedViolation.h"
#include "core/TierDraft.h"
#include "core/TierVersion.h"
#include "core/UserInfo.h"
#include "core/WhatIfResult.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace loyalty {

class ConsoleServices;
class JobFollower;
class TierBenefitsEditor;
class TierLadderModel;
class TierRuleEditor;
class TierVersionsView;
class WhatIfView;

// Operations' Tiers pane: the draft of the tier ladder and its way to members.
// Ladder tab: the tiers as a table (names in three languages, colour, icon, multiplier edited in place;
// add, remove, move within 3 to 5 tiers) and, for the selected tier, what it takes to reach it, to keep
// it and what it gives. What breaks the ladder rules (TierLadder::validate(), and the server's word on
// the saved draft) is listed under the table and shown in red next to the field it is about.
// Save draft sends the edits over the revision they started from (someone else's save is said inline,
// with Reload); Discard changes goes back to the saved draft. What-if (saving first when needed) runs on
// the server with its progress, then shows members per tier now and after, the up/down/same counts and
// the from→to matrix. Publish is offered only after a what-if on the current revision of a valid draft,
// and its confirmation names the numbers. Versions lists what was published, read-only, with Restore.
class TiersPane : public QWidget
{
    Q_OBJECT
public:
    explicit TiersPane(ConsoleServices &services, QWidget *parent = nullptr);
    ~TiersPane() override;

    void setUser(const UserInfo &user);
    // Reads the draft, the published ladder and the versions again (F5); asks first when edits are unsaved.
    void refresh();
    void saveDraft();
    void discardChanges();
    void runWhatIf();
    void publish();
    void retranslate();

    bool hasUnsavedEdits() const;
    bool isBusy() const { return m_busy != Busy::Idle; }
    TierDraft draft() const { return m_draft; }
    int publishedVersion() const { return m_published.version; }
    // The latest what-if's result for the current draft revision, if any.
    std::optional<WhatIfResult> whatIf() const { return m_whatIf; }
    // Every problem shown: the ladder's own checks, the server's, a refused save's field.
    QList<ReportedViolation> problems() const { return m_problems; }
    // Why Publish is disabled now; empty when it may be pressed.
    QString publishBlocker() const;

    TierLadderModel *ladderModel() const { return m_model; }
    QTableView *ladderView() const { return m_ladderView; }
    TierRuleEditor *upgradeEditor() const { return m_upgrade; }
    TierRuleEditor *retentionEditor() const { return m_retention; }
    TierBenefitsEditor *benefitsEditor() const { return m_benefits; }
    QListWidget *problemList() const { return m_problemList; }
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *tierTabs() const { return m_tierTabs; }
    WhatIfView *whatIfView() const { return m_whatIfView; }
    TierVersionsView *versionsView() const { return m_versionsView; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *whatIfButton() const { return m_whatIfButton; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *messageReloadButton() const { return m_messageReload; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *addTierButton() const { return m_addTier; }
    QPushButton *removeTierButton() const { return m_removeTier; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }

Q_SIGNALS:
    void published(const loyalty::TierVersion &version);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Busy
    {
        Idle,
        Loading,
        Saving,
        StartingWhatIf,
        Publishing,
        Restoring
    };

    void load();
    void takeDraft(const TierDraft &draft, bool resetLadder);
    void takeWhatIfJob(const JobInfo &job);
    void followWhatIf(const JobInfo &job);
    void pollDraftForWhatIf();
    void startWhatIf();
    void restore(const TierVersion &version);
    void showSelectedTier();
    void editorEdited();
    void ladderEdited();
    void updateProblems();
    void updateButtons();
    void updateStatus();
    void updateWhatIfState();
    void showMessage(const QString &text, bool error, bool offerReload = false);
    void showRefusal(ApiJob *job, const QList<ReportedViolation> &violations = {});
    void goToProblem(int index);
    int currentRow() const;
    bool confirmDiscard(const QString &title, const QString &text);
    void setBusy(Busy busy);
    QString tierLabel(int row) const;

    ConsoleServices &m_services;
    UserInfo m_user;
    TierLadderModel *m_model;
    JobFollower *m_follower;
    QTimer m_draftPoll;
    QPointer<ApiJob> m_request;
    TierDraft m_draft;
    QList<TierDefinition> m_baseline; // the saved draft as the model shows it
    TierVersion m_published;
    std::optional<WhatIfResult> m_whatIf;
    qint64 m_whatIfJobId = 0;
    QList<ReportedViolation> m_problems;
    QList<ReportedViolation> m_refused; // a refused request's violations, until the next edit
    Busy m_busy = Busy::Idle;
    bool m_loaded = false;
    bool m_whatIfAfterSave = false;
    bool m_syncing = false;

    QPushButton *m_reload;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_whatIfButton;
    QLabel *m_noteCaption;
    QLineEdit *m_note;
    QPushButton *m_publish;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_messageReload;
    QTabWidget *m_tabs;
    QTableView *m_ladderView;
    QPushButton *m_addTier;
    QPushButton *m_removeTier;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLabel *m_problemCaption;
    QListWidget *m_problemList;
    QLabel *m_tierTitle;
    QTabWidget *m_tierTabs;
    TierRuleEditor *m_upgrade;
    TierRuleEditor *m_retention;
    TierBenefitsEditor *m_benefits;
    WhatIfView *m_whatIfView;
    TierVersionsView *m_versionsView;
};

} // namespace loyalty
