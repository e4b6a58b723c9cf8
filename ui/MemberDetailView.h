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

class ConsoleServices;
class LedgerModel;
class LotModel;

// The selected member: profile with masked phone (reveal when permitted), tier, balances, and the ledger
// as its own paged table. Write actions are disabled with a reason when offline or not permitted.
class MemberDetailView : public QWidget
{
    Q_OBJECT
public:
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
    QLabel *balanceLabel() const { return m_balance; }
    QLabel *phoneLabel() const { return m_phone; }
    QTableView *ledgerView() const { return m_ledgerView; }
    LotModel *lotModel() const { return m_lots; }
    QTabWidget *tabs() const { return m_tabs; }
    // Opens the adjust dialog (the button's action); the dialog is modal, tests reach it via QApplication.
    void adjustPoints();
    // Reverses the entry selected in the ledger (the button's and the context menu's action).
    void reverseSelectedEntry();
    void retranslate();

Q_SIGNALS:
    void memberChanged(const loyalty::Member &member);

private:
    void onMemberLoaded(const Member &member, bool fromCache, const QDateTime &asOf);
    void updateActions();
    void revealPhone();
    // The selected ledger entry when it can be reversed; otherwise nullopt and *why says why not.
    std::optional<LedgerEntry> reversibleSelection(QString *why) const;

    ConsoleServices &m_services;
    Member m_member;
    UserInfo m_user;
    bool m_online = true;
    bool m_fromCache = false;
    QLabel *m_title;
    QLabel *m_memberNo;
    QLabel *m_phone;
    QPushButton *m_reveal;
    QLabel *m_status;
    QLabel *m_tier;
    QLabel *m_registered;
    QLabel *m_balance;
    QLabel *m_pending;
    QLabel *m_expiring;
    QLabel *m_lifetime;
    QLabel *m_message;
    QPushButton *m_adjust;
    QPushButton *m_reverse;
    QAction *m_reverseAction;
    QTableView *m_ledgerView;
    LedgerModel *m_ledger;
    QTabWidget *m_tabs;
    QTableView *m_lotView;
    LotModel *m_lots;
    QList<QPair<QLabel *, const char *>> m_captions;
};

} // namespace loyalty
