#pragma once

#include "core/LedgerEntry.h"
#include "core/Member.h"
#include "core/UserInfo.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace loyalty {

class BalanceStrip;
class ConsoleServices;
class LedgerFilterBar;
class LedgerModel;
class LotModel;
class MemberAuditModel;
class NoteModel;
class PagedTableModel;
class PendingModel;
class StatusBadge;
class TierCard;

// The selected member, all of it (the member 360 view): profile with masked phone (reveal when permitted),
// a badge when frozen or blacklisted, the tier card, the four balances, the actions, and tabs: the ledger
// (filterable), expiry lots, pending points, notes and the audit trail (members.audit), each its own paged
// table loaded when its tab is first shown for the member. Actions the role may never take are hidden; those
// that do not apply now (offline, the member's status) are disabled and say why.
class MemberDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        LedgerTab,
        LotsTab,
        PendingTab,
        NotesTab,
        AuditTab,
        TabCount
    };

    MemberDetailView(ConsoleServices &services, QWidget *parent = nullptr);

    void showMember(qint64 memberId);
    void clear();
    void refresh();
    void setUser(const UserInfo &user);
    void setOnline(bool online);

    Member member() const { return m_member; }
    LedgerModel *ledgerModel() const { return m_ledger; }
    QPushButton *adjustButton() const { return m_adjust; }
    QPushButton *reverseButton() const { return m_reverse; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *freezeButton() const { return m_freeze; }
    QPushButton *blacklistButton() const { return m_blacklist; }
    QPushButton *setTierButton() const { return m_setTier; }
    QPushButton *endTierButton() const { return m_endTier; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QLabel *balanceLabel() const;
    QLabel *phoneLabel() const { return m_phone; }
    // The sentence line under the balances: refusals in red, outcomes (e.g. lifting a blacklist) in black.
    QLabel *messageLabel() const { return m_message; }
    StatusBadge *statusBadge() const { return m_badge; }
    TierCard *tierCard() const { return m_tierCard; }
    BalanceStrip *balanceStrip() const { return m_balances; }
    LedgerFilterBar *ledgerFilterBar() const { return m_filterBar; }
    QTableView *ledgerView() const { return m_ledgerView; }
    LotModel *lotModel() const { return m_lots; }
    PendingModel *pendingModel() const { return m_pending; }
    NoteModel *noteModel() const { return m_notes; }
    MemberAuditModel *auditModel() const { return m_audit; }
    QTableView *noteView() const { return m_noteView; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *onlyThisKindAction() const { return m_onlyKindAction; }

    // The actions (their buttons', mnemonics' and context menus'). The dialogs are modal; tests reach
    // them through QApplication::activeModalWidget().
    void adjustPoints();
    // Reverses the entry selected in the ledger (the button's and the context menu's action).
    void reverseSelectedEntry();
    // Freezes an active member, unfreezes a frozen one.
    void freezeOrUnfreeze();
    // Blacklists a member (after a second confirmation), or lifts the blacklisting of a blacklisted one.
    void blacklistOrLift();
    void setTierManually();
    void endManualTier();
    void addNote();
    void retranslate();

Q_SIGNALS:
    void memberChanged(const loyalty::Member &member);

private:
    void onMemberLoaded(const Member &member, bool fromCache, const QDateTime &asOf);
    void updateActions();
    void revealPhone();
    // Loads the tab's table for the member shown, unless it shows that member already (or force).
    void loadTab(int index, bool force);
    void showError(const QString &message);
    void showInfo(const QString &message);
    // The member's status keeps points from moving: why, or empty.
    QString pointsBlockedWhy() const;
    // The selected ledger entry when it can be reversed; otherwise nullopt and *why says why not.
    std::optional<LedgerEntry> reversibleSelection(QString *why) const;

    ConsoleServices &m_services;
    Member m_member;
    UserInfo m_user;
    bool m_online = true;
    bool m_fromCache = false;
    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_memberNo;
    QLabel *m_phone;
    QPushButton *m_reveal;
    QLabel *m_status;
    QLabel *m_registered;
    TierCard *m_tierCard;
    BalanceStrip *m_balances;
    QLabel *m_message;
    QPushButton *m_adjust;
    QPushButton *m_reverse;
    QPushButton *m_freeze;
    QPushButton *m_blacklist;
    QPushButton *m_setTier;
    QPushButton *m_endTier;
    QPushButton *m_addNote;
    QAction *m_reverseAction;
    QAction *m_onlyKindAction;
    QAction *m_showAllAction;
    QAction *m_addNoteAction;
    LedgerFilterBar *m_filterBar;
    QTableView *m_ledgerView;
    LedgerModel *m_ledger;
    QTabWidget *m_tabs;
    QTableView *m_lotView;
    LotModel *m_lots;
    QTableView *m_pendingView;
    PendingModel *m_pending;
    QTableView *m_noteView;
    NoteModel *m_notes;
    QTableView *m_auditView;
    MemberAuditModel *m_audit;
    // Which member each tab's table shows (0: none yet).
    qint64 m_tabMember[TabCount] = {};
    QList<QPair<QLabel *, const char *>> m_captions;
};

} // namespace loyalty
