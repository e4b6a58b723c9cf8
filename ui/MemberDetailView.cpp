#include "ui/MemberDetailView.h"

#include "client/RevealPhoneJob.h"
#include "models/ApprovalModel.h"
#include "models/LedgerModel.h"
#include "models/LotModel.h"
#include "models/MemberListModel.h"
#include "ui/AdjustPointsDialog.h"
#include "ui/ConsoleServices.h"
#include "ui/ReverseEntryDialog.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
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

MemberDetailView::MemberDetailView(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_title(new QLabel(this)), m_memberNo(new QLabel(this)),
      m_phone(new QLabel(this)), m_reveal(new QPushButton(this)), m_status(new QLabel(this)),
      m_tier(new QLabel(this)), m_registered(new QLabel(this)), m_balance(new QLabel(this)),
      m_pending(new QLabel(this)), m_expiring(new QLabel(this)), m_lifetime(new QLabel(this)),
      m_message(new QLabel(this)), m_adjust(new QPushButton(this)), m_reverse(new QPushButton(this)),
      m_reverseAction(new QAction(this)), m_ledgerView(new QTableView(this)),
      m_ledger(new LedgerModel(&services.client(), services.memberCache(), &services.connection(), this)),
      m_tabs(new QTabWidget(this)), m_lotView(new QTableView(this)),
      m_lots(new LotModel(&services.client(), &services.connection(), this))
{
    setObjectName(QStringLiteral("memberDetail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    QFont balanceFont = m_balance->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.6);
    balanceFont.setBold(true);
    m_balance->setFont(balanceFont);
    m_phone->setObjectName(QStringLiteral("phoneLabel"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_memberNo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setFlat(true);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();

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
    profile->addRow(caption(QT_TR_NOOP("Tier:")), m_tier);
    profile->addRow(caption(QT_TR_NOOP("Registered:")), m_registered);
    auto *balances = new QFormLayout;
    balances->addRow(caption(QT_TR_NOOP("Available:")), m_balance);
    balances->addRow(caption(QT_TR_NOOP("Pending:")), m_pending);
    balances->addRow(caption(QT_TR_NOOP("Expiring in 30 days:")), m_expiring);
    balances->addRow(caption(QT_TR_NOOP("Lifetime earned:")), m_lifetime);

    auto *top = new QHBoxLayout;
    top->addLayout(profile, 1);
    top->addLayout(balances, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_adjust);
    actions->addWidget(m_reverse);
    actions->addStretch();

    m_ledgerView->setObjectName(QStringLiteral("ledgerView"));
    m_ledgerView->setModel(m_ledger);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerView->verticalHeader()->hide();
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    m_ledgerView->setWordWrap(false);
    m_ledgerView->verticalHeader()->setDefaultSectionSize(m_ledgerView->fontMetrics().height() + 8);
    // Size the columns to the first page of each member; the note column gets what is left.
    connect(m_ledger, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first != 0)
            return;
        m_ledgerView->resizeColumnsToContents();
        m_ledgerView->setColumnWidth(LedgerModel::NoteColumn,
                                     qMax(m_ledgerView->columnWidth(LedgerModel::NoteColumn), 160));
    });
    m_ledgerView->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    m_lotView->setObjectName(QStringLiteral("lotView"));
    m_lotView->setModel(m_lots);
    m_lotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lotView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lotView->verticalHeader()->hide();
    m_lotView->horizontalHeader()->setStretchLastSection(true);
    m_lotView->setWordWrap(false);
    m_lotView->verticalHeader()->setDefaultSectionSize(m_lotView->fontMetrics().height() + 8);
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_tabs->addTab(m_ledgerView, QString());
    m_tabs->addTab(m_lotView, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_adjust, &QPushButton::clicked, this, &MemberDetailView::adjustPoints);
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    m_ledgerView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ledgerView->addAction(m_reverseAction);
    connect(m_reverse, &QPushButton::clicked, this, &MemberDetailView::reverseSelectedEntry);
    connect(m_reverseAction, &QAction::triggered, this, &MemberDetailView::reverseSelectedEntry);
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MemberDetailView::updateActions);
    connect(m_ledger, &QAbstractItemModel::modelReset, this, &MemberDetailView::updateActions);
    connect(m_lots, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_reveal, &QPushButton::clicked, this, &MemberDetailView::revealPhone);
    connect(&services.members(), &MemberRepository::memberLoaded, this, &MemberDetailView::onMemberLoaded);
    connect(&services.members(), &MemberRepository::memberFailed, this,
            [this](qint64 id, const QString &message) {
                if (id != m_member.id)
                    return;
                m_message->setText(message);
                m_message->show();
            });
    retranslate();
    clear();
}

void MemberDetailView::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    m_reveal->setText(tr("Reveal"));
    m_adjust->setText(tr("&Adjust points…"));
    m_reverse->setText(tr("Re&verse entry…"));
    m_reverseAction->setText(tr("Re&verse entry…"));
    m_tabs->setTabText(0, tr("Points &ledger"));
    m_tabs->setTabText(1, tr("E&xpiry lots"));
    if (m_member.id != 0)
        onMemberLoaded(m_member, m_fromCache, {});
    updateActions();
}

void MemberDetailView::clear()
{
    m_member = {};
    m_title->setText(tr("Select a member"));
    for (QLabel *label :
         {m_memberNo, m_phone, m_status, m_tier, m_registered, m_balance, m_pending, m_expiring, m_lifetime})
        label->clear();
    m_message->hide();
    m_ledger->setMemberId(0);
    m_lots->setMemberId(0);
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
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;")); // what shows next is an error
    m_services.members().loadMember(memberId);
    m_ledger->setMemberId(memberId);
    m_lots->setMemberId(memberId);
}

void MemberDetailView::refresh()
{
    if (m_member.id != 0)
        showMember(m_member.id);
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
    m_tier->setText(member.tier.name.text(locale.name()));
    m_registered->setText(locale.toString(member.registeredAt.toLocalTime().date(), QLocale::ShortFormat));
    m_balance->setText(locale.toString(member.balance));
    m_pending->setText(locale.toString(member.pendingPoints));
    m_expiring->setText(locale.toString(member.expiringPoints30d));
    m_lifetime->setText(locale.toString(member.lifetimePoints));
    updateActions();
    Q_EMIT memberChanged(member);
}

void MemberDetailView::setUser(const UserInfo &user)
{
    m_user = user;
    updateActions();
}

void MemberDetailView::setOnline(bool online)
{
    m_online = online;
    updateActions();
}

void MemberDetailView::updateActions()
{
    const bool haveMember = m_member.id != 0 && !m_member.memberNo.isEmpty();
    const bool online = m_online && !m_fromCache;
    auto configure = [&](QPushButton *button, Permission permission, const QString &what) {
        QString why;
        if (!haveMember)
            why = tr("Select a member first.");
        else if (!m_user.can(permission))
            why = tr("Your role (%1) may not %2.").arg(roleLabel(m_user.role), what);
        else if (!online)
            why = tr("Offline: the server cannot be reached, so nothing can be changed now.");
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    };
    configure(m_adjust, Permission::PointsAdjust, tr("adjust points"));
    configure(m_reverse, Permission::PointsAdjust, tr("reverse ledger entries"));
    if (m_reverse->isEnabled()) {
        QString why;
        const bool reversible = reversibleSelection(&why).has_value();
        m_reverse->setEnabled(reversible);
        m_reverse->setToolTip(why);
    }
    m_reverseAction->setEnabled(m_reverse->isEnabled());
    configure(m_reveal, Permission::MembersReveal, tr("see whole phone numbers"));
    m_reveal->setVisible(m_member.phone.contains(QLatin1Char('*')) || !haveMember);
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
    if (dialog.awaitsApproval()) {
        // Nothing was posted: the balance read again is the same, and the view says why.
        const Approval approval = dialog.approval();
        m_message->setStyleSheet(QString());
        m_message->setText(tr("The adjustment of %1 points waits for a manager's approval (request %2); "
                              "the balance has not changed.")
                               .arg(ApprovalModel::amountText(approval.amount))
                               .arg(approval.id));
        m_message->show();
    }
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

void MemberDetailView::revealPhone()
{
    const qint64 memberId = m_member.id;
    RevealPhoneJob *job = m_services.members().revealPhone(memberId);
    connect(job, &ApiJob::finished, this, [this, memberId](ApiJob *finished) {
        if (memberId != m_member.id)
            return;
        auto *reveal = static_cast<RevealPhoneJob *>(finished);
        if (!reveal->succeeded()) {
            m_message->setText(reveal->errorText());
            m_message->show();
            return;
        }
        m_member.phone = reveal->phone();
        m_phone->setText(m_member.phone);
        updateActions();
    });
}

} // namespace loyalty
