#include "ui/MemberDetailView.h"

#include "client/RevealPhoneJob.h"
#include "models/ApprovalModel.h"
#include "models/LedgerModel.h"
#include "models/LotModel.h"
#include "models/MemberAuditModel.h"
#include "models/MemberListModel.h"
#include "models/NoteModel.h"
#include "models/PendingModel.h"
#include "ui/AddNoteDialog.h"
#include "ui/AdjustPointsDialog.h"
#include "ui/BalanceStrip.h"
#include "ui/ConsoleServices.h"
#include "ui/EndManualTierDialog.h"
#include "ui/LedgerFilterBar.h"
#include "ui/ListTable.h"
#include "ui/MemberStatusDialog.h"
#include "ui/ReverseEntryDialog.h"
#include "ui/StatusBadge.h"
#include "ui/TierCard.h"
#include "ui/TierOverrideDialog.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace loyalty {

namespace {
void setUpTable(QTableView *view, const QString &objectName)
{
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setAlternatingRowColors(true);
}

// Size a table's columns to its first page of each member; the last column gets what is left.
void sizeColumnsOnFirstPage(QTableView *view, QAbstractItemModel *model)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view](const QModelIndex &, int first) {
        if (first == 0)
            view->resizeColumnsToContents();
    });
}
} // namespace

MemberDetailView::MemberDetailView(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_title(new QLabel(this)), m_badge(new StatusBadge(this)),
      m_memberNo(new QLabel(this)), m_phone(new QLabel(this)), m_reveal(new QPushButton(this)),
      m_status(new QLabel(this)), m_registered(new QLabel(this)), m_tierCard(new TierCard(this)),
      m_balances(new BalanceStrip(this)), m_message(new QLabel(this)), m_adjust(new QPushButton(this)),
      m_reverse(new QPushButton(this)), m_freeze(new QPushButton(this)), m_blacklist(new QPushButton(this)),
      m_setTier(new QPushButton(this)), m_endTier(new QPushButton(this)), m_addNote(new QPushButton(this)),
      m_reverseAction(new QAction(this)), m_onlyKindAction(new QAction(this)),
      m_showAllAction(new QAction(this)), m_addNoteAction(new QAction(this)),
      m_filterBar(new LedgerFilterBar(this)), m_ledgerView(new QTableView(this)),
      m_ledger(new LedgerModel(&services.client(), services.memberCache(), &services.connection(), this)),
      m_tabs(new QTabWidget(this)), m_lotView(new QTableView(this)),
      m_lots(new LotModel(&services.client(), &services.connection(), this)),
      m_pendingView(new QTableView(this)),
      m_pending(new PendingModel(&services.client(), &services.connection(), this)),
      m_noteView(new QTableView(this)),
      m_notes(new NoteModel(&services.client(), &services.connection(), this)),
      m_auditView(new QTableView(this)),
      m_audit(new MemberAuditModel(&services.client(), &services.connection(), this))
{
    setObjectName(QStringLiteral("memberDetail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("memberTitle"));
    m_phone->setObjectName(QStringLiteral("phoneLabel"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_memberNo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setFlat(true);
    m_message->setObjectName(QStringLiteral("memberMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_blacklist->setObjectName(QStringLiteral("blacklistButton"));
    m_setTier->setObjectName(QStringLiteral("setTierButton"));
    m_endTier->setObjectName(QStringLiteral("endTierButton"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));

    auto caption = [this](const char *text) {
        auto *label = new QLabel(this);
        m_captions.append({label, text});
        return label;
    };
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addWidget(m_reveal);
    phoneRow->addStretch();
    auto *profile = new QFormLayout;
    profile->addRow(caption(QT_TR_NOOP("Member no.:")), m_memberNo);
    profile->addRow(caption(QT_TR_NOOP("Phone:")), phoneRow);
    profile->addRow(caption(QT_TR_NOOP("Status:")), m_status);
    profile->addRow(caption(QT_TR_NOOP("Registered:")), m_registered);

    auto *top = new QHBoxLayout;
    top->addLayout(profile, 1);
    top->addWidget(m_tierCard, 1);
    // Points first, then what changes the member; two rows so the detail stays narrow in every language.
    auto *pointActions = new QHBoxLayout;
    pointActions->addWidget(m_adjust);
    pointActions->addWidget(m_reverse);
    pointActions->addWidget(m_addNote);
    pointActions->addStretch();
    auto *memberActions = new QHBoxLayout;
    memberActions->addWidget(m_freeze);
    memberActions->addWidget(m_blacklist);
    memberActions->addWidget(m_setTier);
    memberActions->addWidget(m_endTier);
    memberActions->addStretch();

    setUpTable(m_ledgerView, QStringLiteral("ledgerView"));
    m_ledgerView->setModel(m_ledger);
    connect(m_ledger, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first != 0)
            return;
        m_ledgerView->resizeColumnsToContents();
        m_ledgerView->setColumnWidth(LedgerModel::NoteColumn,
                                     qMax(m_ledgerView->columnWidth(LedgerModel::NoteColumn), 160));
    });
    auto *ledgerPage = new QWidget(this);
    auto *ledgerLayout = new QVBoxLayout(ledgerPage);
    ledgerLayout->setContentsMargins(4, 4, 4, 4);
    ledgerLayout->addWidget(m_filterBar);
    ledgerLayout->addWidget(m_ledgerView, 1);

    setUpTable(m_lotView, QStringLiteral("lotView"));
    m_lotView->setModel(m_lots);
    setUpTable(m_pendingView, QStringLiteral("pendingView"));
    m_pendingView->setModel(m_pending);
    sizeColumnsOnFirstPage(m_pendingView, m_pending);
    setUpTable(m_noteView, QStringLiteral("noteView"));
    m_noteView->setModel(m_notes);
    sizeColumnsOnFirstPage(m_noteView, m_notes);
    setUpTable(m_auditView, QStringLiteral("memberAuditView"));
    m_auditView->setModel(m_audit);
    sizeColumnsOnFirstPage(m_auditView, m_audit);

    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_tabs->insertTab(LedgerTab, ledgerPage, QString());
    m_tabs->insertTab(LotsTab, m_lotView, QString());
    m_tabs->insertTab(PendingTab, m_pendingView, QString());
    m_tabs->insertTab(NotesTab, m_noteView, QString());
    m_tabs->insertTab(AuditTab, m_auditView, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_badge);
    layout->addLayout(top);
    layout->addWidget(m_balances);
    layout->addWidget(m_message);
    layout->addLayout(pointActions);
    layout->addLayout(memberActions);
    layout->addWidget(m_tabs, 1);

    // The ledger's context menu: reverse, narrow to the selected entry's kind, add a note.
    m_ledgerView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ledgerView->addAction(m_reverseAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ledgerView->addAction(separator);
    m_ledgerView->addAction(m_onlyKindAction);
    m_ledgerView->addAction(m_showAllAction);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_ledgerView->addAction(separator2);
    m_ledgerView->addAction(m_addNoteAction);
    m_noteView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_noteView->addAction(m_addNoteAction);

    connect(m_adjust, &QPushButton::clicked, this, &MemberDetailView::adjustPoints);
    connect(m_reverse, &QPushButton::clicked, this, &MemberDetailView::reverseSelectedEntry);
    connect(m_reverseAction, &QAction::triggered, this, &MemberDetailView::reverseSelectedEntry);
    connect(m_freeze, &QPushButton::clicked, this, &MemberDetailView::freezeOrUnfreeze);
    connect(m_blacklist, &QPushButton::clicked, this, &MemberDetailView::blacklistOrLift);
    connect(m_setTier, &QPushButton::clicked, this, &MemberDetailView::setTierManually);
    connect(m_endTier, &QPushButton::clicked, this, &MemberDetailView::endManualTier);
    connect(m_addNote, &QPushButton::clicked, this, &MemberDetailView::addNote);
    connect(m_addNoteAction, &QAction::triggered, this, &MemberDetailView::addNote);
    connect(m_onlyKindAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ledgerView->currentIndex();
        if (current.isValid())
            m_filterBar->setKind(m_ledger->entryAt(current.row()).kind);
    });
    connect(m_showAllAction, &QAction::triggered, m_filterBar, &LedgerFilterBar::reset);
    connect(m_filterBar, &LedgerFilterBar::filterChanged, m_ledger, &LedgerModel::setFilter);
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MemberDetailView::updateActions);
    connect(m_ledger, &QAbstractItemModel::modelReset, this, &MemberDetailView::updateActions);
    for (PagedTableModel *model :
         {static_cast<PagedTableModel *>(m_ledger), static_cast<PagedTableModel *>(m_lots),
          static_cast<PagedTableModel *>(m_pending), static_cast<PagedTableModel *>(m_notes),
          static_cast<PagedTableModel *>(m_audit)})
        connect(model, &PagedTableModel::errorOccurred, this, &MemberDetailView::showError);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { loadTab(index, false); });
    connect(m_reveal, &QPushButton::clicked, this, &MemberDetailView::revealPhone);
    connect(&services.members(), &MemberRepository::memberLoaded, this, &MemberDetailView::onMemberLoaded);
    connect(&services.members(), &MemberRepository::memberFailed, this,
            [this](qint64 id, const QString &message) {
                if (id != m_member.id)
                    return;
                showError(message);
            });
    retranslate();
    clear();
}

QLabel *MemberDetailView::balanceLabel() const
{
    return m_balances->availableLabel();
}

void MemberDetailView::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    m_reveal->setText(tr("Reveal"));
    m_adjust->setText(tr("&Adjust points…"));
    m_reverse->setText(tr("&Reverse entry…"));
    m_reverseAction->setText(tr("&Reverse entry…"));
    m_onlyKindAction->setText(tr("Show only entries of this &kind"));
    m_showAllAction->setText(tr("Show &all entries"));
    m_setTier->setText(tr("Set &tier…"));
    m_endTier->setText(tr("En&d manual tier…"));
    m_addNote->setText(tr("Add &note…"));
    m_addNoteAction->setText(tr("Add &note…"));
    m_tabs->setTabText(LedgerTab, tr("Points &ledger"));
    m_tabs->setTabText(LotsTab, tr("E&xpiry lots"));
    m_tabs->setTabText(PendingTab, tr("&Pending points"));
    m_tabs->setTabText(NotesTab, tr("Note&s"));
    m_tabs->setTabText(AuditTab, tr("A&udit trail"));
    m_tierCard->retranslate();
    m_balances->retranslate();
    m_badge->retranslate();
    m_filterBar->retranslate();
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_pending), static_cast<QAbstractItemModel *>(m_notes),
          static_cast<QAbstractItemModel *>(m_audit)}) {
        rewordModel(model);
    }
    if (m_member.id != 0)
        onMemberLoaded(m_member, m_fromCache, {});
    updateActions();
}

void MemberDetailView::clear()
{
    m_member = {};
    m_title->setText(tr("Select a member"));
    for (QLabel *label : {m_memberNo, m_phone, m_status, m_registered})
        label->clear();
    m_badge->clear();
    m_tierCard->clear();
    m_balances->clear();
    // Nothing to show until a member is chosen: no empty card and tiles.
    m_tierCard->hide();
    m_balances->hide();
    m_message->hide();
    m_ledger->setMemberId(0);
    m_lots->setMemberId(0);
    m_pending->setMemberId(0);
    m_notes->setMemberId(0);
    m_audit->setMemberId(0);
    std::fill(std::begin(m_tabMember), std::end(m_tabMember), 0);
    updateActions();
}

void MemberDetailView::showMember(qint64 memberId)
{
    if (memberId == 0) {
        clear();
        return;
    }
    m_member.id = memberId;
    m_message->hide();
    m_services.members().loadMember(memberId);
    // The ledger and the tab in front load now; the others when they are first shown for this member.
    std::fill(std::begin(m_tabMember), std::end(m_tabMember), 0);
    loadTab(LedgerTab, true);
    if (m_tabs->currentIndex() != LedgerTab)
        loadTab(m_tabs->currentIndex(), true);
}

void MemberDetailView::loadTab(int index, bool force)
{
    const qint64 memberId = m_member.id;
    if (memberId == 0 || index < 0 || index >= TabCount || (!force && m_tabMember[index] == memberId))
        return;
    m_tabMember[index] = memberId;
    switch (Tab(index)) {
    case LedgerTab:
        m_ledger->setMemberId(memberId);
        break;
    case LotsTab:
        m_lots->setMemberId(memberId);
        break;
    case PendingTab:
        m_pending->setMemberId(memberId);
        break;
    case NotesTab:
        m_notes->setMemberId(memberId);
        break;
    case AuditTab:
        if (m_user.can(Permission::MembersAudit))
            m_audit->setMemberId(memberId);
        break;
    case TabCount:
        break;
    }
}

void MemberDetailView::refresh()
{
    if (m_member.id != 0)
        showMember(m_member.id);
}

void MemberDetailView::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setText(message);
    m_message->show();
}

void MemberDetailView::showInfo(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->show();
}

void MemberDetailView::onMemberLoaded(const Member &member, bool fromCache, const QDateTime &)
{
    if (member.id != m_member.id)
        return;
    const bool phoneRevealed = m_member.memberNo == member.memberNo &&
                               !m_member.phone.contains(QLatin1Char('*')) && !m_member.phone.isEmpty();
    const QString revealedPhone = m_member.phone;
    m_member = member;
    if (phoneRevealed && member.phone.contains(QLatin1Char('*')))
        m_member.phone = revealedPhone; // keep what the agent revealed while the view shows this member
    m_fromCache = fromCache;
    const QLocale locale;
    m_title->setText(member.name);
    m_memberNo->setText(member.memberNo);
    m_phone->setText(m_member.phone);
    m_status->setText(MemberListModel::statusText(member.status));
    m_registered->setText(locale.toString(member.registeredAt.toLocalTime().date(), QLocale::ShortFormat));
    m_badge->setMember(member);
    m_tierCard->setMember(member);
    m_balances->setMember(member);
    m_tierCard->show();
    m_balances->show();
    updateActions();
    Q_EMIT memberChanged(member);
}

void MemberDetailView::setUser(const UserInfo &user)
{
    m_user = user;
    // Who changed what about a member names staff and their addresses: only for roles with members.audit.
    const bool mayReadTrail = m_user.can(Permission::MembersAudit);
    if (!mayReadTrail && m_tabs->currentIndex() == AuditTab)
        m_tabs->setCurrentIndex(LedgerTab);
    m_tabs->setTabVisible(AuditTab, mayReadTrail);
    updateActions();
}

void MemberDetailView::setOnline(bool online)
{
    m_online = online;
    updateActions();
}

QString MemberDetailView::pointsBlockedWhy() const
{
    switch (m_member.status) {
    case MemberStatus::Frozen:
        return tr("The member is frozen: points can be neither earned nor spent. Unfreeze them first.");
    case MemberStatus::Blacklisted:
        return tr("The member is blacklisted: no points can be posted to them.");
    case MemberStatus::Active:
        break;
    }
    return {};
}

void MemberDetailView::updateActions()
{
    const bool haveMember = m_member.id != 0 && !m_member.memberNo.isEmpty();
    const bool online = m_online && !m_fromCache;
    const QString offline = tr("Offline: the server cannot be reached, so nothing can be changed now.");
    auto configure = [&](QPushButton *button, Permission permission, const QString &what) {
        QString why;
        if (!haveMember)
            why = tr("Select a member first.");
        else if (!m_user.can(permission))
            why = tr("Your role (%1) may not %2.").arg(roleLabel(m_user.role), what);
        else if (!online)
            why = offline;
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    };
    configure(m_adjust, Permission::PointsAdjust, tr("adjust points"));
    if (m_adjust->isEnabled() && !pointsBlockedWhy().isEmpty()) {
        m_adjust->setEnabled(false);
        m_adjust->setToolTip(pointsBlockedWhy());
    }
    configure(m_reverse, Permission::PointsAdjust, tr("reverse ledger entries"));
    if (m_reverse->isEnabled()) {
        QString why = pointsBlockedWhy();
        const bool reversible = why.isEmpty() && reversibleSelection(&why).has_value();
        m_reverse->setEnabled(reversible);
        m_reverse->setToolTip(why);
    }
    m_reverseAction->setEnabled(m_reverse->isEnabled());
    configure(m_reveal, Permission::MembersReveal, tr("see whole phone numbers"));
    m_reveal->setVisible(m_member.phone.contains(QLatin1Char('*')) || !haveMember);

    const bool hasRow = m_ledgerView->currentIndex().isValid();
    m_onlyKindAction->setEnabled(hasRow);
    m_showAllAction->setEnabled(!m_ledger->filter().isEmpty());

    // Member actions: hidden for a role that may never take them; otherwise disabled with the reason
    // when they do not apply now, and a sentence saying what they do when they do.
    auto memberAction = [&](QPushButton *button, Permission permission, const QString &notApplicable,
                            const QString &whatItDoes) {
        button->setVisible(m_user.can(permission));
        QString why;
        if (!haveMember)
            why = tr("Select a member first.");
        else if (!online)
            why = offline;
        else
            why = notApplicable;
        button->setEnabled(why.isEmpty());
        button->setToolTip(why.isEmpty() ? whatItDoes : why);
    };
    const MemberStatus status = m_member.status;
    if (status == MemberStatus::Frozen) {
        m_freeze->setText(tr("Unfree&ze…"));
        memberAction(m_freeze, Permission::MembersFreeze, {},
                     tr("Let the member earn and spend points again (a reason is required)."));
    } else {
        m_freeze->setText(tr("Free&ze…"));
        memberAction(
            m_freeze, Permission::MembersFreeze,
            status == MemberStatus::Blacklisted
                ? tr("A blacklisted member cannot be frozen; lift the blacklist first.")
                : QString(),
            tr("Stop the member earning and spending points until unfrozen (a reason is required)."));
    }
    if (status == MemberStatus::Blacklisted) {
        m_blacklist->setText(tr("Lift &blacklist…"));
        memberAction(m_blacklist, Permission::MembersBlacklist, {},
                     tr("End the blacklisting; forfeited points are not restored."));
    } else {
        m_blacklist->setText(tr("&Blacklist…"));
        memberAction(m_blacklist, Permission::MembersBlacklist, {},
                     tr("Blacklist for fraud: forfeits the balance and cancels pending points."));
    }
    memberAction(m_setTier, Permission::MembersTier,
                 status == MemberStatus::Blacklisted
                     ? tr("A blacklisted member's tier cannot be set; lift the blacklist first.")
                     : QString(),
                 tr("Set the member's tier by hand until a date, with a reason."));
    memberAction(m_endTier, Permission::MembersTier, {},
                 tr("End the manual tier now; the programme's rules decide the tier again."));
    m_endTier->setVisible(m_endTier->isVisible() && haveMember && m_member.manualTier.has_value());
    memberAction(m_addNote, Permission::MembersNote, {},
                 tr("Leave a note every agent sees on this member (it cannot be edited later)."));
    m_addNoteAction->setVisible(m_addNote->isVisible());
    m_addNoteAction->setEnabled(m_addNote->isEnabled());
    m_addNoteAction->setToolTip(m_addNote->toolTip());
}

void MemberDetailView::adjustPoints()
{
    if (!m_adjust->isEnabled())
        return;
    AdjustPointsDialog dialog(m_services.members(), m_member, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The server is the truth: read the member and the ledger again.
    refresh();
    // Nothing was posted: the balance read again is the same, and the view says why (after the refresh,
    // which hides any message shown before).
    if (dialog.awaitsApproval())
        showInfo(tr("The adjustment of %1 points waits for a manager's approval (request %2); the balance "
                    "has not changed.")
                     .arg(ApprovalModel::amountText(dialog.approval().amount))
                     .arg(dialog.approval().id));
}

std::optional<LedgerEntry> MemberDetailView::reversibleSelection(QString *why) const
{
    const QModelIndex current = m_ledgerView->currentIndex();
    if (!current.isValid()) {
        *why = tr("Select a ledger entry first.");
        return std::nullopt;
    }
    const LedgerEntry entry = m_ledger->entryAt(current.row());
    if (entry.kind == LedgerKind::Reverse) {
        *why = tr("A reversal cannot be reversed; post a new adjustment instead.");
        return std::nullopt;
    }
    for (int row = 0; row < m_ledger->rowCount(); ++row) {
        if (m_ledger->entryAt(row).reversesEntryId == entry.id) {
            *why = tr("This entry has already been reversed.");
            return std::nullopt;
        }
    }
    return entry;
}

void MemberDetailView::reverseSelectedEntry()
{
    QString why;
    const std::optional<LedgerEntry> entry = reversibleSelection(&why);
    if (!m_reverse->isEnabled() || !entry)
        return;
    ReverseEntryDialog dialog(m_services.members(), *entry, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh(); // the balance and the ledger as the server now has them
}

void MemberDetailView::freezeOrUnfreeze()
{
    if (!m_freeze->isVisible() || !m_freeze->isEnabled())
        return;
    const auto change = m_member.status == MemberStatus::Frozen ? MemberStatusDialog::Change::Unfreeze
                                                                : MemberStatusDialog::Change::Freeze;
    MemberStatusDialog dialog(m_services.members(), m_member, change, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MemberDetailView::blacklistOrLift()
{
    if (!m_blacklist->isVisible() || !m_blacklist->isEnabled())
        return;
    const bool lift = m_member.status == MemberStatus::Blacklisted;
    MemberStatusDialog dialog(
        m_services.members(), m_member,
        lift ? MemberStatusDialog::Change::LiftBlacklist : MemberStatusDialog::Change::Blacklist, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const QLocale locale;
    if (lift) {
        // The server's own sentence: nothing forfeited came back by itself.
        showInfo(dialog.serverMessage().isEmpty()
                     ? tr("The blacklist is lifted. Nothing was restored automatically.")
                     : dialog.serverMessage());
    } else {
        showInfo(tr("Blacklisted: %1 points forfeited, %Ln pending entries cancelled.", nullptr,
                    dialog.cancelledPending())
                     .arg(locale.toString(dialog.forfeitedPoints())));
    }
}

void MemberDetailView::setTierManually()
{
    if (!m_setTier->isVisible() || !m_setTier->isEnabled())
        return;
    TierOverrideDialog dialog(m_services.members(), m_member, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MemberDetailView::endManualTier()
{
    if (!m_endTier->isVisible() || !m_endTier->isEnabled())
        return;
    EndManualTierDialog dialog(m_services.members(), m_member, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MemberDetailView::addNote()
{
    if (!m_addNote->isVisible() || !m_addNote->isEnabled())
        return;
    AddNoteDialog dialog(m_services.members(), m_member.id, m_member.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_tabs->setCurrentIndex(NotesTab); // where the new note now is, on top
}

void MemberDetailView::revealPhone()
{
    const qint64 memberId = m_member.id;
    RevealPhoneJob *job = m_services.members().revealPhone(memberId);
    connect(job, &ApiJob::finished, this, [this, memberId](ApiJob *finished) {
        if (memberId != m_member.id)
            return;
        auto *reveal = static_cast<RevealPhoneJob *>(finished);
        if (!reveal->succeeded()) {
            showError(reveal->errorText());
            return;
        }
        m_member.phone = reveal->phone();
        m_phone->setText(m_member.phone);
        updateActions();
    });
}

} // namespace loyalty
